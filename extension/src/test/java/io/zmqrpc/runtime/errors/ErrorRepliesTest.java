package io.zmqrpc.runtime.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.ParametersException;
import io.zmqrpc.RemoteArguments;
import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcTimeoutException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ErrorRepliesTest {

    private final DefaultErrorRegistry registry = DefaultErrorRegistry.defaults();

    @Test
    void describesAJavaExceptionLikePython() {
        RemoteError described = ErrorReplies.describe(registry, new IllegalArgumentException("bad value"));

        assertThat(described).isEqualTo(new RemoteError("java.lang.IllegalArgumentException", List.of("bad value"),
                "IllegalArgumentException('bad value')"));
    }

    @Test
    void describesAnExceptionWithoutMessage() {
        assertThat(ErrorReplies.describe(registry, new IllegalStateException()))
                .isEqualTo(new RemoteError("java.lang.IllegalStateException", List.of(), "IllegalStateException()"));
    }

    @Test
    void structuredArgumentsComeFromRemoteArguments() {
        RemoteError described = ErrorReplies.describe(registry, new OutOfStock("apples", 3));

        assertThat(described.type()).isEqualTo(OutOfStock.class.getName());
        assertThat(described.args()).containsExactly("apples", 3);
        assertThat(described.repr()).isEqualTo("OutOfStock('apples', 3)");
    }

    @Test
    void userNameGivesTheShortNameOfTheRepr() {
        DefaultErrorRegistry shop = DefaultErrorRegistry.builder().map("shop.errors.NoStock", OutOfStock.class).build();

        assertThat(ErrorReplies.describe(shop, new OutOfStock("pears", 0)))
                .isEqualTo(new RemoteError("shop.errors.NoStock", List.of("pears", 0), "NoStock('pears', 0)"));
    }

    @Test
    void notFoundMatchesTheRecordedAiozmqReply() {
        RemoteError fromDispatcher = new RemoteError(MethodNotFoundException.REMOTE_TYPE, List.of("missing"), "");

        assertThat(ErrorReplies.describe(registry, new MethodNotFoundException(fromDispatcher)))
                .isEqualTo(new RemoteError("aiozmq.rpc.base.NotFoundError", List.of("missing"), "NotFoundError('missing')"));
    }

    @Test
    void parametersErrorMatchesTheRecordedAiozmqReplies() {
        String missing = "TypeError(\"missing a required argument: 'a'\")";
        String tooMany = "TypeError('too many positional arguments')";

        assertThat(ErrorReplies.describe(registry, new ParametersException(missing))).isEqualTo(new RemoteError(
                "aiozmq.rpc.base.ParametersError", List.of(missing),
                "ParametersError('TypeError(\"missing a required argument: \\'a\\'\")')"));
        assertThat(ErrorReplies.describe(registry, new ParametersException(tooMany)).repr())
                .isEqualTo("ParametersError(\"TypeError('too many positional arguments')\")");
    }

    @Test
    void localTimeoutTravelsAsAsyncioTimeout() {
        assertThat(ErrorReplies.describe(registry, new RpcTimeoutException("handler took 5s")))
                .isEqualTo(new RemoteError("asyncio.TimeoutError", List.of("handler took 5s"), "TimeoutError('handler took 5s')"));
    }

    @Test
    void passedThroughRemoteErrorKeepsTypeArgsAndRepr() {
        RemoteError fromPython = new RemoteError("builtins.ValueError", List.of("bad value", 42), "ValueError('bad value', 42)");

        assertThat(ErrorReplies.describe(registry, new GenericRpcException(fromPython))).isEqualTo(fromPython);
        // a translated exception passes its message only: it is a Java exception now
        Throwable translated = registry.toException(fromPython);
        assertThat(ErrorReplies.describe(registry, translated)).isEqualTo(new RemoteError(
                "java.lang.IllegalArgumentException", List.of("bad value"), "IllegalArgumentException('bad value')"));
    }

    @Test
    void renamedRemoteErrorGetsANewRepr() {
        DefaultErrorRegistry renaming = DefaultErrorRegistry.builder().map("mine.Failure", GenericRpcException.class).build();
        RemoteError fromPython = new RemoteError("builtins.ValueError", List.of("bad value", 42), "ValueError('bad value', 42)");

        assertThat(ErrorReplies.describe(renaming, new GenericRpcException(fromPython)))
                .isEqualTo(new RemoteError("mine.Failure", List.of("bad value", 42), "Failure('bad value', 42)"));
    }

    @Test
    void describesTheUnwrappedFailure() {
        Throwable wrapped = new CompletionException(new ExecutionException(new InvocationTargetException(
                new UndeclaredThrowableException(new IllegalStateException("inner")))));

        assertThat(ErrorReplies.describe(registry, wrapped))
                .isEqualTo(new RemoteError("java.lang.IllegalStateException", List.of("inner"), "IllegalStateException('inner')"));
    }

    @Test
    void unwrapStopsAtTheFirstNonWrapper() {
        IllegalStateException inner = new IllegalStateException("inner", new CompletionException(new RuntimeException()));
        CompletionException empty = new CompletionException("no cause", null);

        assertThat(ErrorReplies.unwrap(new CompletionException(inner))).isSameAs(inner);
        assertThat(ErrorReplies.unwrap(inner)).isSameAs(inner);
        assertThat(ErrorReplies.unwrap(empty)).isSameAs(empty);
        assertThat(ErrorReplies.unwrap(new InvocationTargetException(null))).isInstanceOf(InvocationTargetException.class);
    }

    @Test
    void shortNamesOfNestedJavaClasses() {
        assertThat(ErrorReplies.shortName("aiozmq.rpc.base.NotFoundError")).isEqualTo("NotFoundError");
        assertThat(ErrorReplies.shortName("com.x.Outer$Inner")).isEqualTo("Inner");
        assertThat(ErrorReplies.shortName("com.x.Outer$1")).isEqualTo("Outer$1");
        assertThat(ErrorReplies.shortName("NoModule")).isEqualTo("NoModule");
    }

    /** A failure with structured args, as a Python peer would see them in {@code e.args}. */
    public static class OutOfStock extends RuntimeException implements RemoteArguments {
        private final String item;
        private final int left;

        public OutOfStock(String item, int left) {
            super("out of " + item);
            this.item = item;
            this.left = left;
        }

        @Override
        public List<Object> remoteArgs() {
            return List.of(item, left);
        }
    }
}
