package io.zmqrpc.runtime.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.ParametersException;
import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcException;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.ServiceClosedException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteErrorNameTest {

    private final DefaultErrorRegistry defaults = DefaultErrorRegistry.defaults();

    @Test
    void javaExceptionsTravelUnderTheirClassName() {
        assertThat(defaults.remoteName(new IllegalArgumentException("x"))).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(defaults.remoteName(new Child("x"))).isEqualTo(Child.class.getName());
        assertThat(defaults.remoteName(new ServiceClosedException("x"))).isEqualTo("io.zmqrpc.ServiceClosedException");
        assertThat(defaults.remoteName(new RpcException("local"))).isEqualTo("io.zmqrpc.RpcException");
    }

    @Test
    void zmqrpcExceptionsTravelUnderAiozmqNames() {
        assertThat(defaults.remoteName(new ParametersException("wrong"))).isEqualTo("aiozmq.rpc.base.ParametersError");
        assertThat(defaults.remoteName(new RpcTimeoutException("slow"))).isEqualTo("asyncio.TimeoutError");
        RemoteError notFound = new RemoteError(MethodNotFoundException.REMOTE_TYPE, List.of("nope"), "");
        assertThat(defaults.remoteName(new MethodNotFoundException(notFound))).isEqualTo("aiozmq.rpc.base.NotFoundError");
    }

    @Test
    void remoteErrorsPassThroughUnderTheirOwnName() {
        RemoteError stock = new RemoteError("shop.OutOfStock", List.of("no"), "OutOfStock('no')");
        RemoteError pyTimeout = new RemoteError("builtins.TimeoutError", List.of(), "TimeoutError()");

        assertThat(defaults.remoteName(new GenericRpcException(stock))).isEqualTo("shop.OutOfStock");
        assertThat(defaults.remoteName(new RpcTimeoutException(pyTimeout))).isEqualTo("builtins.TimeoutError");
    }

    @Test
    void mostSpecificUserMappingWins() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder()
                .map("shop.Parent", Parent.class)
                .map("shop.Child", Child.class)
                .build();

        assertThat(registry.remoteName(new Parent("x"))).isEqualTo("shop.Parent");
        assertThat(registry.remoteName(new Child("x"))).isEqualTo("shop.Child");
        assertThat(registry.remoteName(new GrandChild("x"))).isEqualTo("shop.Child");
        assertThat(registry.remoteName(new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void firstNameForAClassWins() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder()
                .map("shop.First", Parent.class)
                .map("shop.Second", Parent.class)
                .build();

        assertThat(registry.remoteName(new Parent("x"))).isEqualTo("shop.First");
        assertThat(registry.toException(new RemoteError("shop.Second", List.of("s"), ""))).isExactlyInstanceOf(Parent.class);
    }

    @Test
    void userMappingWinsOverPassThroughAndBuiltInNames() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder()
                .map("mine.Generic", GenericRpcException.class)
                .map("mine.Timeout", RpcTimeoutException.class)
                .build();

        assertThat(registry.remoteName(new GenericRpcException(new RemoteError("shop.X", List.of(), "")))).isEqualTo("mine.Generic");
        assertThat(registry.remoteName(new RpcTimeoutException("slow"))).isEqualTo("mine.Timeout");
    }

    @Test
    void userMappedSuperclassCoversZmqrpcSubclasses() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder().map("mine.Rpc", RpcException.class).build();

        assertThat(registry.remoteName(new ParametersException("p"))).isEqualTo("mine.Rpc");
    }

    public static class Parent extends RuntimeException {
        public Parent(String message) {
            super(message);
        }
    }

    public static class Child extends Parent {
        public Child(String message) {
            super(message);
        }
    }

    public static class GrandChild extends Child {
        public GrandChild(String message) {
            super(message);
        }
    }
}
