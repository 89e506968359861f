package io.zmqrpc.cdi.nootel;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.ServedEndpoints;
import io.zmqrpc.cdi.ZmqRpcExtension;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Run inside a class loader without OpenTelemetry: deploys {@link EchoService} in Weld SE and
 * calls it with a plain client; answers what came back.
 */
public final class DeployAndCall implements Supplier<String> {

    @Override
    public String get() {
        WeldContainer container = new Weld("zmqrpc-nootel").disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false)
                .addExtension(new ZmqRpcExtension()).addBeanClasses(EchoService.class).initialize();
        try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder()
                .connect(container.select(ServedEndpoints.class).get().of("EchoService").get(0))
                .timeout(Duration.ofSeconds(30)).build())) {
            return client.call(String.class, "echo", "still here");
        } finally {
            container.shutdown();
        }
    }
}
