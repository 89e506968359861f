package io.zmqrpc.runtime.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.Handlers;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.spi.RemoteCall;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reserved {@code _zmqrpc.describe}: answered only when enabled, with the exact reply shape. */
class DescribeTest {

    /** A handler with the parameter kinds the description tells apart. */
    public static final class Shop {
        @RpcMethod
        public long add(long a, long b) {
            return a + b;
        }

        @RpcMethod("find")
        public List<String> search(String text, Optional<Integer> limit) {
            return List.of(text);
        }

        @RpcMethod
        public String join(String sep, String... parts) {
            return String.join(sep, parts);
        }
    }

    @Test
    void describesEveryStaticMethodWithParameterNamesAndTypes() {
        RemoteCall echo = (args, kwargs) -> args;
        Object root = Handlers.builder().add("shop", new Shop()).add("tools", Map.of("echo", echo)).build();
        try (Served served = serve(root, true)) {
            Object reply = served.client.call(Describing.DESCRIBE);

            assertThat(reply).isEqualTo(Map.of("methods", List.of(
                    method("shop.add", List.of(param("a", "long", true), param("b", "long", true)), false, "long"),
                    method("shop.find", List.of(param("text", "java.lang.String", true),
                            param("limit", "java.util.Optional<java.lang.Integer>", false)), false,
                            "java.util.List<java.lang.String>"),
                    method("shop.join", List.of(param("sep", "java.lang.String", true),
                            param("parts", "java.lang.String[]", false)), true, "java.lang.String"),
                    method("tools.echo", null, false, null))));
            // the user's methods answer as before
            assertThat(served.client.call("shop.add", 1, 2)).isEqualTo(3L);
        }
    }

    @Test
    void offByDefaultTheReservedNameIsNotFoundLikeAnyUnknownName() {
        try (Served served = serve(new Shop(), false)) {
            assertThatThrownBy(() -> served.client.call(Describing.DESCRIBE))
                    .isInstanceOf(MethodNotFoundException.class)
                    .satisfies(e -> assertThat(RemoteError.of(e)).isEqualTo(new RemoteError(
                            "aiozmq.rpc.base.NotFoundError", List.of("_zmqrpc.describe"),
                            "NotFoundError('_zmqrpc.describe')")));
        }
    }

    @Test
    void aHandlerClaimingTheReservedNamespaceIsRefusedWhenDescribeIsOn() {
        Object root = Handlers.builder().add("_zmqrpc", new Shop()).build();

        assertThatThrownBy(() -> ZmqRpc.serveRpc(root, ServerOptions.builder().bind("tcp://127.0.0.1:*").describe(true)
                .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two handlers claim the remote name '_zmqrpc': "
                        + "io.zmqrpc.runtime.dispatch.CompositeHandler and io.zmqrpc.runtime.describe.DescribeMethod");
    }

    private static Map<String, Object> method(String name, List<Object> params, boolean varargs, String returns) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", name);
        m.put("params", params);
        m.put("varargs", varargs);
        m.put("returns", returns);
        return m;
    }

    private static Object param(String name, String type, boolean required) {
        return Map.of("name", name, "type", type, "required", required);
    }

    private static Served serve(Object handler, boolean describe) {
        RpcServer server = ZmqRpc.serveRpc(handler,
                ServerOptions.builder().bind("tcp://127.0.0.1:*").describe(describe).build());
        RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(server.endpoints().get(0))
                .timeout(Duration.ofSeconds(10)).build());
        return new Served(server, client);
    }

    private record Served(RpcServer server, RpcChannel client) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
            server.close();
        }
    }
}
