package io.zmqrpc.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.ExtValue;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.client.fixtures.Point;
import io.zmqrpc.runtime.client.fixtures.Service;
import io.zmqrpc.runtime.client.fixtures.ServiceApi;
import io.zmqrpc.runtime.wire.UnencodableValueException;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls end to end over tcp: arguments, typed results, blocking and asynchronous. */
class CallsTest {

    private final ServedService served = new ServedService();
    private final Service service = served.service;
    private final RpcChannel client = served.client;

    @AfterEach
    void close() {
        served.close();
    }

    @Test
    void positionalAndKeywordArguments() {
        assertThat(client.call(Long.class, "add", 1, 2)).isEqualTo(3L);
        assertThat(client.<Long>call(Long.class, "add", List.of(1), Map.of("b", 41))).isEqualTo(42L);
        assertThat(client.<String>call(String.class, "greet", List.of("ann"), Map.of())).isEqualTo("hello, ann");
        assertThat(client.<String>call(String.class, "greet", List.of(), Map.of("greeting", "hi", "name", "bo")))
                .isEqualTo("hi, bo");
        assertThat(client.call("join", "-", "a", "b")).isEqualTo("a-b");
    }

    @Test
    void typedResults() throws Exception {
        assertThat(client.call(int.class, "add", 1, 2)).isEqualTo(3);
        assertThat(client.call(double.class, "add", 1, 2)).isEqualTo(3.0);
        assertThat(client.<List<Long>>call(generic("range"), "range", List.of(3), Map.of())).containsExactly(0L, 1L, 2L);
        assertThat(client.<Map<String, Integer>>call(generic("lengths"), "lengths", List.of(List.of("ab", "c")), Map.of()))
                .containsExactly(Map.entry("ab", 2), Map.entry("c", 1));
        assertThat(client.call(Point.class, "point", 3, 4)).isEqualTo(new Point(3, 4));
        assertThat(client.call("point", 3, 4)).isEqualTo(Map.of("x", 3L, "y", 4L));
        assertThat(client.call("echo", new byte[] {1, 2})).isEqualTo(new byte[] {1, 2});
    }

    @Test
    void valuesTravelThereAndBackUnchanged() {
        BigInteger u64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        ExtValue unknown = new ExtValue((byte) 9, new byte[] {1, 2, 3});

        assertThat(client.call("echo", "text")).isExactlyInstanceOf(String.class).isEqualTo("text");
        assertThat(client.call("echo", (Object) new byte[] {'t'})).isExactlyInstanceOf(byte[].class)
                .isEqualTo(new byte[] {'t'});
        assertThat(client.call("echo", u64)).isEqualTo(u64);
        assertThat(client.call("echo", Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
        assertThat(client.call("echo", 1.5f)).isEqualTo(1.5);
        assertThat(client.call("echo", unknown)).isEqualTo(unknown);
        assertThat(client.call("echo", List.of(Map.of("k", List.of(true)), new int[] {1})))
                .isEqualTo(List.of(Map.of("k", List.of(true)), List.of(1L)));
        assertThat(client.call("echo", (Object) null)).isNull();
    }

    @Test
    void asynchronousCalls() throws Exception {
        CompletableFuture<Long> sum = client.callAsync(Long.class, "add", List.of(20, 22), Map.of());
        CompletableFuture<List<Long>> range = client.callAsync(generic("range"), "range", List.of(2), Map.of());
        CompletableFuture<Object> untyped = client.callAsync("echo", "x");

        assertThat(sum.get(30, TimeUnit.SECONDS)).isEqualTo(42L);
        assertThat(range.get(30, TimeUnit.SECONDS)).containsExactly(0L, 1L);
        assertThat(untyped.get(30, TimeUnit.SECONDS)).isEqualTo("x");
    }

    @Test
    void handlerReturningACompletionStage() throws Exception {
        assertThat(client.call(Long.class, "later", 6, 7)).isEqualTo(42L);
        assertThat(client.callAsync(Long.class, "later", List.of(2, 3), Map.of()).get(30, TimeUnit.SECONDS)).isEqualTo(6L);
    }

    @Test
    void anUnencodableArgumentFailsTheCallBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.call("echo", Map.of(1, "one")))
                .isInstanceOf(UnencodableValueException.class)
                .hasMessageEndingWith(" at args[0]");
        CompletableFuture<Object> async = client.callAsync("echo", List.of(new Object()));

        assertThat(async).isCompletedExceptionally();
        assertThatThrownBy(async::join).hasCauseInstanceOf(UnencodableValueException.class)
                .cause().hasMessageStartingWith("unsupported type java.lang.Object").hasMessageEndingWith(" at args[0][0]");
        assertThat(client.pendingCalls()).isZero();
        assertThat(client.call(Long.class, "add", 1, 1)).isEqualTo(2L);
        assertThat(service.calls.get()).as("only the add reached the server").isEqualTo(1);
    }

    private static Type generic(String method) throws NoSuchMethodException {
        for (var m : ServiceApi.class.getMethods()) {
            if (m.getName().equals(method)) {
                return m.getGenericReturnType();
            }
        }
        throw new NoSuchMethodException(method);
    }
}
