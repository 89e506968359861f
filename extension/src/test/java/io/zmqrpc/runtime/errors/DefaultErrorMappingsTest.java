package io.zmqrpc.runtime.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.ParametersException;
import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcException;
import io.zmqrpc.RpcTimeoutException;
import java.time.DateTimeException;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DefaultErrorMappingsTest {

    private final DefaultErrorRegistry registry = DefaultErrorRegistry.defaults();

    static Stream<Arguments> messageMappings() {
        return Stream.of(
                Arguments.of("builtins.ValueError", IllegalArgumentException.class),
                Arguments.of("builtins.TypeError", IllegalArgumentException.class),
                Arguments.of("builtins.UnicodeError", IllegalArgumentException.class),
                Arguments.of("builtins.UnicodeDecodeError", IllegalArgumentException.class),
                Arguments.of("builtins.UnicodeEncodeError", IllegalArgumentException.class),
                Arguments.of("builtins.UnicodeTranslateError", IllegalArgumentException.class),
                Arguments.of("builtins.KeyError", NoSuchElementException.class),
                Arguments.of("builtins.LookupError", NoSuchElementException.class),
                Arguments.of("builtins.StopIteration", NoSuchElementException.class),
                Arguments.of("builtins.StopAsyncIteration", NoSuchElementException.class),
                Arguments.of("asyncio.QueueEmpty", NoSuchElementException.class),
                Arguments.of("asyncio.queues.QueueEmpty", NoSuchElementException.class),
                Arguments.of("builtins.IndexError", IndexOutOfBoundsException.class),
                Arguments.of("builtins.ArithmeticError", ArithmeticException.class),
                Arguments.of("builtins.ZeroDivisionError", ArithmeticException.class),
                Arguments.of("builtins.OverflowError", ArithmeticException.class),
                Arguments.of("builtins.FloatingPointError", ArithmeticException.class),
                Arguments.of("builtins.NotImplementedError", UnsupportedOperationException.class),
                Arguments.of("builtins.AssertionError", AssertionError.class),
                Arguments.of("asyncio.CancelledError", CancellationException.class),
                Arguments.of("asyncio.exceptions.CancelledError", CancellationException.class),
                Arguments.of("concurrent.futures._base.CancelledError", CancellationException.class),
                Arguments.of("asyncio.InvalidStateError", IllegalStateException.class),
                Arguments.of("asyncio.exceptions.InvalidStateError", IllegalStateException.class),
                Arguments.of("concurrent.futures._base.InvalidStateError", IllegalStateException.class),
                Arguments.of("asyncio.QueueFull", IllegalStateException.class),
                Arguments.of("asyncio.queues.QueueFull", IllegalStateException.class),
                Arguments.of("java.lang.IllegalArgumentException", IllegalArgumentException.class),
                Arguments.of("java.lang.IllegalStateException", IllegalStateException.class),
                Arguments.of("java.lang.NullPointerException", NullPointerException.class),
                Arguments.of("java.lang.UnsupportedOperationException", UnsupportedOperationException.class),
                Arguments.of("java.lang.ArithmeticException", ArithmeticException.class),
                Arguments.of("java.lang.IndexOutOfBoundsException", IndexOutOfBoundsException.class),
                Arguments.of("java.lang.ArrayIndexOutOfBoundsException", ArrayIndexOutOfBoundsException.class),
                Arguments.of("java.lang.StringIndexOutOfBoundsException", StringIndexOutOfBoundsException.class),
                Arguments.of("java.lang.ClassCastException", ClassCastException.class),
                Arguments.of("java.lang.NumberFormatException", NumberFormatException.class),
                Arguments.of("java.lang.SecurityException", SecurityException.class),
                Arguments.of("java.lang.AssertionError", AssertionError.class),
                Arguments.of("java.util.NoSuchElementException", NoSuchElementException.class),
                Arguments.of("java.util.ConcurrentModificationException", ConcurrentModificationException.class),
                Arguments.of("java.util.concurrent.CancellationException", CancellationException.class),
                Arguments.of("java.util.concurrent.RejectedExecutionException", RejectedExecutionException.class),
                Arguments.of("java.time.DateTimeException", DateTimeException.class));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("messageMappings")
    void translatesToJavaExceptionWithRemoteMessageAndGenericCause(String remoteType, Class<?> expected) {
        RemoteError error = new RemoteError(remoteType, List.of("the message", 7), "X('the message', 7)");

        Throwable thrown = registry.toException(error);

        assertThat(thrown).isExactlyInstanceOf(expected).hasMessage("the message");
        assertThat(thrown.getCause()).isExactlyInstanceOf(GenericRpcException.class);
        assertThat(((GenericRpcException) thrown.getCause()).remoteError()).isSameAs(error);
        assertThat(RemoteError.of(thrown)).isSameAs(error);
    }

    static Stream<Arguments> remoteFormMappings() {
        return Stream.of(
                Arguments.of("aiozmq.rpc.base.NotFoundError", MethodNotFoundException.class, "remote method not found: the message"),
                Arguments.of("io.zmqrpc.MethodNotFoundException", MethodNotFoundException.class, "remote method not found: the message"),
                Arguments.of("aiozmq.rpc.base.ParametersError", ParametersException.class, "bad parameters: the message"),
                Arguments.of("io.zmqrpc.ParametersException", ParametersException.class, "bad parameters: the message"),
                Arguments.of("asyncio.TimeoutError", RpcTimeoutException.class, "remote timeout: the message"),
                Arguments.of("asyncio.exceptions.TimeoutError", RpcTimeoutException.class, "remote timeout: the message"),
                Arguments.of("builtins.TimeoutError", RpcTimeoutException.class, "remote timeout: the message"),
                Arguments.of("concurrent.futures._base.TimeoutError", RpcTimeoutException.class, "remote timeout: the message"),
                Arguments.of("io.zmqrpc.RpcTimeoutException", RpcTimeoutException.class, "remote timeout: the message"),
                Arguments.of("java.util.concurrent.TimeoutException", RpcTimeoutException.class, "remote timeout: the message"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("remoteFormMappings")
    void translatesToRpcExceptionCarryingTheRemoteError(String remoteType, Class<?> expected, String message) {
        RemoteError error = new RemoteError(remoteType, List.of("the message"), "X('the message')");

        Throwable thrown = registry.toException(error);

        assertThat(thrown).isExactlyInstanceOf(expected).hasMessage(message).hasNoCause();
        assertThat(((RpcException) thrown).remoteError()).isSameAs(error);
        assertThat(RemoteError.of(thrown)).isSameAs(error);
    }

    @ParameterizedTest
    @ValueSource(strings = {"builtins.RuntimeError", "builtins.Exception", "builtins.AttributeError", "builtins.OSError",
        "builtins.MemoryError", "builtins.RecursionError", "java.lang.RuntimeException", "java.io.UncheckedIOException",
        "io.zmqrpc.ServiceClosedException", "mymod.OutOfStock", ""})
    void leavesEverythingElseGeneric(String remoteType) {
        RemoteError error = new RemoteError(remoteType, List.of("boom"), "X('boom')");

        Throwable thrown = registry.toException(error);

        assertThat(thrown).isExactlyInstanceOf(GenericRpcException.class).hasMessage(remoteType + ": boom").hasNoCause();
        GenericRpcException generic = (GenericRpcException) thrown;
        assertThat(generic.remoteType()).isEqualTo(remoteType);
        assertThat(generic.remoteArgs()).containsExactly("boom");
        assertThat(generic.remoteRepr()).isEqualTo("X('boom')");
    }

    @ParameterizedTest
    @ValueSource(strings = {"builtins.KeyError", "java.lang.IllegalStateException"})
    void usesTheReprAsMessageWhenThereAreNoArgs(String remoteType) {
        Throwable thrown = registry.toException(new RemoteError(remoteType, List.of(), "KeyError()"));

        assertThat(thrown).hasMessage("KeyError()");
    }
}
