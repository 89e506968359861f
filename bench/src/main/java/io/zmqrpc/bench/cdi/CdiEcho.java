package io.zmqrpc.bench.cdi;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.ServedEndpoints;
import io.zmqrpc.bench.EchoTarget;
import io.zmqrpc.bench.ZmqRpcEcho;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ZmqRpc;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * zmqrpc echoes with one side in a Weld SE container, the other plain: an injected client calling a
 * plain server, or a plain client calling a {@code @RemoteEndpoint} bean. Each side is thus compared
 * with the plain-Java runtime on its own.
 */
public final class CdiEcho {

    private static final AtomicInteger IDS = new AtomicInteger();

    private CdiEcho() {
    }

    /**
     * An {@code @Inject @RpcClient} client calling a plain server.
     *
     * @return the running target
     */
    public static EchoTarget injectedClient() {
        RpcServer server = ZmqRpcEcho.serve();
        // The injection point reads its address from this property when the container resolves it.
        System.setProperty(EchoCaller.CONNECT_KEY, server.endpoints().get(0));
        WeldContainer container = container(EchoCaller.class);
        RpcChannel client = container.select(EchoCaller.class).get().client();
        return new ZmqRpcEcho(client, container::shutdown, server);
    }

    /**
     * A plain client calling a {@code @RemoteEndpoint} bean.
     *
     * @return the running target
     */
    public static EchoTarget beanServer() {
        WeldContainer container = container(EchoEndpoint.class);
        String endpoint = container.select(ServedEndpoints.class).get().of(EchoEndpoint.NAME).get(0);
        RpcChannel client = ZmqRpc.connectRpc(ClientOptions.connect(endpoint));
        return new ZmqRpcEcho(client, client, container::shutdown);
    }

    /** A container of exactly these beans and the zmqrpc extension, as the TCK's runner builds it. */
    private static WeldContainer container(Class<?>... beans) {
        return new Weld("zmqrpc-bench-" + IDS.incrementAndGet())
                .disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false)
                .addExtension(new io.zmqrpc.cdi.ZmqRpcExtension())
                .addBeanClasses(beans)
                .initialize();
    }
}
