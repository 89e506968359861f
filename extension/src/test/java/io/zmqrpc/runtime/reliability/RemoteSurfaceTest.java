package io.zmqrpc.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.errors.DefaultErrorRegistry;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** Only {@code @RpcMethod} methods are reachable, and no peer-given class name is loaded. */
class RemoteSurfaceTest {

    /** A superclass whose public method is not remote. */
    public static class Base {
        public String inherited() {
            return "inherited";
        }
    }

    /** The handler: one remote method beside everything that must stay out of reach. */
    public static class Service extends Base {
        @RpcMethod
        public String ping() {
            return "pong";
        }

        public String notRemote() {
            return "no";
        }

        public static String staticMethod() {
            return "static";
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"getClass", "toString", "wait", "hashCode", "notify", "notRemote", "staticMethod",
        "inherited", "ping.getClass", "__class__", ""})
    void onlyRpcMethodsAreReachable(String name) {
        RpcServer server = ZmqRpc.serveRpc(new Service(), ServerOptions.bind("tcp://127.0.0.1:*"));
        try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.connect(server.endpoints().get(0)))) {
            assertThat(client.call(String.class, "ping")).isEqualTo("pong");
            assertThatThrownBy(() -> client.call(name))
                    .isInstanceOfSatisfying(MethodNotFoundException.class, e -> {
                        assertThat(e.remoteError().type()).isEqualTo(MethodNotFoundException.REMOTE_TYPE);
                        assertThat(e.remoteError().args()).containsExactly(name);
                    });
        } finally {
            server.close();
        }
    }

    /** Records every class name asked of it. */
    static final class RecordingClassLoader extends ClassLoader {
        final Set<String> requested = ConcurrentHashMap.newKeySet();

        RecordingClassLoader() {
            super(RemoteSurfaceTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void anErrorNamingAClassOutsideTheAllowedPackagesLoadsNothing() throws Exception {
        RecordingClassLoader loader = new RecordingClassLoader();
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder().allowPackage("com.example.allowed")
                .classLoader(loader).build();
        try (ZContext context = new ZContext(1); ZMQ.Socket router = context.createSocket(SocketType.ROUTER)) {
            router.setLinger(0);
            router.bind("tcp://127.0.0.1:*");
            try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(router.getLastEndpoint())
                    .errorRegistry(registry).build())) {
                CompletableFuture<Object> call = client.callAsync("run", "rm", "-rf", "/");
                byte[] identity = router.recv();
                router.recv(); // the call-context frame
                byte[] header = router.recv();
                while (router.hasReceiveMore()) {
                    router.recv();
                }
                router.sendMore(identity);
                router.sendMore(errorHeader(header));
                router.send(errorBody("java.lang.ProcessBuilder", "rm -rf /"));
                assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS)).cause()
                        .isExactlyInstanceOf(GenericRpcException.class)
                        .satisfies(e -> {
                            GenericRpcException g = (GenericRpcException) e;
                            assertThat(g.remoteType()).isEqualTo("java.lang.ProcessBuilder");
                            assertThat(g.remoteArgs()).containsExactly("rm -rf /");
                        });
            }
        }
        assertThat(loader.requested).doesNotContain("java.lang.ProcessBuilder");
    }

    /** The reply header: the request's pid, random and id, a timestamp, and is_error = 1. */
    private static byte[] errorHeader(byte[] request) {
        ByteBuffer in = ByteBuffer.wrap(request).order(ByteOrder.LITTLE_ENDIAN);
        return ByteBuffer.allocate(17).order(ByteOrder.LITTLE_ENDIAN).putShort(in.getShort()).putShort(in.getShort())
                .putInt(in.getInt()).putDouble(System.currentTimeMillis() / 1000.0).put((byte) 1).array();
    }

    private static byte[] errorBody(String type, String arg) throws Exception {
        try (MessageBufferPacker p = MessagePack.newDefaultBufferPacker()) {
            p.packArrayHeader(3).packString(type).packArrayHeader(1).packString(arg)
                    .packString(type + "('" + arg + "')");
            return p.toByteArray();
        }
    }

}
