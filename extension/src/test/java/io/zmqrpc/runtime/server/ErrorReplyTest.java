package io.zmqrpc.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.ParametersException;
import io.zmqrpc.RemoteError;
import io.zmqrpc.runtime.errors.DefaultErrorRegistry;
import io.zmqrpc.runtime.server.fixtures.Failing;
import io.zmqrpc.runtime.server.fixtures.OutOfStock;
import io.zmqrpc.testing.Loopback;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Handler exceptions become aiozmq error replies, and arrive as the mapped Java exceptions. */
class ErrorReplyTest {

    @Test
    void defaultNamesAreJavaClassNames() {
        try (Loopback loop = Loopback.serve(new Failing())) {
            assertThatThrownBy(() -> loop.client().call("invalid", "bad value"))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("bad value")
                    .satisfies(e -> assertRemote(e, "java.lang.IllegalArgumentException", List.of("bad value"),
                            "IllegalArgumentException('bad value')"));
            assertThatThrownBy(() -> loop.client().call("state"))
                    .isExactlyInstanceOf(IllegalStateException.class)
                    .satisfies(e -> assertRemote(e, "java.lang.IllegalStateException", List.of("boom"),
                            "IllegalStateException('boom')"));
            assertThatThrownBy(() -> loop.client().call("outOfStock", "sku-1"))
                    .isExactlyInstanceOf(GenericRpcException.class)
                    .satisfies(e -> assertRemote(e, "io.zmqrpc.runtime.server.fixtures.OutOfStock", List.of("sku-1"),
                            "OutOfStock('sku-1')"));
        }
    }

    @Test
    void structuredArgsTravelAsTheyAre() {
        try (Loopback loop = Loopback.serve(new Failing())) {
            assertThatThrownBy(() -> loop.client().call("shortOf", "sku-2", 3))
                    .isExactlyInstanceOf(GenericRpcException.class)
                    .satisfies(e -> assertRemote(e, "io.zmqrpc.runtime.server.fixtures.ShortOfItems",
                            List.of("sku-2", 3L), "ShortOfItems('sku-2', 3)"));
        }
    }

    @Test
    void userMappingNamesTheExceptionOnBothSides() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder().map("shop.errors.OutOfStock", OutOfStock.class).build();
        try (Loopback mapped = Loopback.serve(new Failing(), s -> s.errorRegistry(registry), c -> c.errorRegistry(registry))) {
            assertThatThrownBy(() -> mapped.client().call("outOfStock", "sku-3"))
                    .isExactlyInstanceOf(OutOfStock.class)
                    .hasMessage("sku-3")
                    .satisfies(e -> assertRemote(e, "shop.errors.OutOfStock", List.of("sku-3"), "OutOfStock('sku-3')"));
        }
        try (Loopback unmappedClient = Loopback.serve(new Failing(), s -> s.errorRegistry(registry), c -> c)) {
            assertThatThrownBy(() -> unmappedClient.client().call("outOfStock", "sku-4"))
                    .isExactlyInstanceOf(GenericRpcException.class)
                    .satisfies(e -> assertThat(((GenericRpcException) e).remoteType()).isEqualTo("shop.errors.OutOfStock"));
        }
    }

    @Test
    void dispatcherErrorsAreAiozmqs() {
        try (Loopback loop = Loopback.serve(new Failing())) {
            assertThatThrownBy(() -> loop.client().call("nope.never"))
                    .isExactlyInstanceOf(MethodNotFoundException.class)
                    .satisfies(e -> assertRemote(e, "aiozmq.rpc.base.NotFoundError", List.of("nope.never"),
                            "NotFoundError('nope.never')"));
            assertThatThrownBy(() -> loop.client().call("add", 1))
                    .isExactlyInstanceOf(ParametersException.class)
                    .hasMessage("bad parameters: TypeError(\"missing a required argument: 'b'\")")
                    .satisfies(e -> assertRemote(e, "aiozmq.rpc.base.ParametersError",
                            List.of("TypeError(\"missing a required argument: 'b'\")"),
                            "ParametersError('TypeError(\"missing a required argument: \\'b\\'\")')"));
            assertThat(loop.client().call(Long.class, "add", 1, 2)).isEqualTo(3L);
        }
    }

    private static void assertRemote(Throwable e, String type, List<Object> args, String repr) {
        RemoteError remote = RemoteError.of(e);
        assertThat(remote).isNotNull();
        assertThat(remote.type()).isEqualTo(type);
        assertThat(remote.args()).isEqualTo(args);
        assertThat(remote.repr()).isEqualTo(repr);
    }
}
