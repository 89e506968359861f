package io.zmqrpc.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.ParametersException;
import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.errors.DefaultErrorRegistry;
import io.zmqrpc.runtime.otel.ZmqRpcTelemetry;
import io.zmqrpc.testing.OtelSdk;
import io.zmqrpc.testing.PythonPeer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Java {@link RpcChannel} calling an aiozmq 1.0 {@code serve_rpc} server ({@code python/rpc_server.py}).
 * What Python received is checked through the server's {@code received} method, which answers the
 * Python {@code repr} of its arguments. The client runs zmqrpc's OpenTelemetry listener, so every
 * call carries the call-context frame with a trace context as well as its deadline, which the
 * aiozmq server takes for part of the envelope and echoes in front of its reply
 * ({@link TraceContextToPythonTest} shows the frames).
 */
class JavaClientToPythonServerTest {

    private static final BigInteger U64_MAX = new BigInteger("18446744073709551615");

    private static final OtelSdk sdk = new OtelSdk();
    private static PythonPeer python;
    private static RpcChannel client;

    @BeforeAll
    static void start() {
        python = PythonPeer.startServer("python/rpc_server.py");
        client = ZmqRpc.connectRpc(ClientOptions.builder()
                .connect(python.endpoint())
                .timeout(Duration.ofSeconds(30))
                .errorRegistry(DefaultErrorRegistry.builder()
                        .map("mymod.OutOfStock", OutOfStockException.class)
                        .build())
                .listener(ZmqRpcTelemetry.create(sdk.openTelemetry()))
                .build());
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (python != null) {
            python.close();
        }
        sdk.close();
    }

    @Test
    void positionalAndKeywordArguments() {
        assertThat(client.call("greet", "Ada")).isEqualTo("Hello, Ada!");
        assertThat(client.call("greet", "Ada", "Hi")).isEqualTo("Hi, Ada!");
        assertThat(client.<Object>call(Object.class, "greet", List.of("Ada"), ordered("punctuation", "?", "greeting", "Hey")))
                .isEqualTo("Hey, Ada?");
    }

    @Test
    void namespacesTwoLevelsDeep() {
        assertThat(client.call("ns.ping")).isEqualTo("pong");
        assertThat(client.<Object>call(Object.class, "ns.sub.join", List.of("-", "a", "b"), Map.of("upper", true)))
                .isEqualTo("A-B");
        // a typed proxy under the two-level namespace
        assertThat(client.proxy(Joiner.class, "ns.sub").join("+", "x", "y")).isEqualTo("x+y");
    }

    /** The Python server's {@code ns.sub} namespace, typed. */
    interface Joiner {
        String join(String sep, String first, String second);
    }

    @Test
    void pythonSeesEveryJavaValueAsItsOwnType() {
        List<Object> args = Arrays.asList(null, true, false, 7, -7, 4294967297L, Long.MAX_VALUE, Long.MIN_VALUE, U64_MAX,
                1.5, 0.25f, "héllo ☃", "", bytes("raw"), new byte[0], List.of(1, List.of("x", bytes("y"))),
                new int[] {1, 2}, new String[] {"s"}, ordered("k", List.of(), "n", ordered("deep", null)));
        Map<String, Object> kwargs = ordered("text", "abc", "data", new byte[] {0, (byte) 0xff});

        Object reprs = client.call(Object.class, "received", args, kwargs);

        assertThat(reprs).isEqualTo(List.of(
                "(None, True, False, 7, -7, 4294967297, 9223372036854775807, -9223372036854775808, "
                        + "18446744073709551615, 1.5, 0.25, 'héllo ☃', '', b'raw', b'', (1, ('x', b'y')), "
                        + "(1, 2), ('s',), {'k': (), 'n': {'deep': None}})",
                "{'text': 'abc', 'data': b'\\x00\\xff'}"));
    }

    @Test
    void valuesComeBackAsTheirJavaTypes() {
        assertThat(client.call("echo", (Object) null)).isNull();
        assertThat(client.call("echo", true)).isEqualTo(true);
        assertThat(client.call("echo", 7)).isEqualTo(7L);
        assertThat(client.call("echo", -7)).isEqualTo(-7L);
        assertThat(client.call("echo", 4294967297L)).isEqualTo(4294967297L);
        assertThat(client.call("echo", Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(client.call("echo", U64_MAX)).isEqualTo(U64_MAX);
        assertThat(client.call("echo", 1.5)).isEqualTo(1.5);
        assertThat(client.call("echo", "héllo")).isEqualTo("héllo");
        assertThat(client.call("echo", (Object) bytes("raw"))).isInstanceOf(byte[].class).isEqualTo(bytes("raw"));
        assertThat(client.call("echo", List.of(1, List.of("x")))).isEqualTo(List.of(1L, List.of("x")));
        assertThat(client.call("echo", ordered("a", 1, "b", List.of(true)))).isEqualTo(ordered("a", 1L, "b", List.of(true)));
    }

    @Test
    void pythonValuesDecodeToJavaTypes() {
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) client.call("python_values");

        assertThat(values).containsOnlyKeys("none", "true", "small", "negative", "above_u32", "i64_max", "i64_min",
                "u64_max", "float", "str", "bytes", "tuple", "list", "dict");
        assertThat(values.get("none")).isNull();
        assertThat(values.get("true")).isEqualTo(true);
        assertThat(values.get("small")).isEqualTo(7L);
        assertThat(values.get("negative")).isEqualTo(-7L);
        assertThat(values.get("above_u32")).isEqualTo(4294967297L);
        assertThat(values.get("i64_max")).isEqualTo(Long.MAX_VALUE);
        assertThat(values.get("i64_min")).isEqualTo(Long.MIN_VALUE);
        assertThat(values.get("u64_max")).isEqualTo(U64_MAX);
        assertThat(values.get("float")).isEqualTo(1.5);
        assertThat(values.get("str")).isEqualTo("héllo ☃");
        assertThat(values.get("bytes")).isEqualTo(new byte[] {0, (byte) 0xff, 'r', 'a', 'w'});
        // a tuple arrives as a list; its bytes element stays byte[]
        List<?> tuple = (List<?>) values.get("tuple");
        assertThat(tuple).hasSize(3);
        assertThat(tuple.get(0)).isEqualTo("a");
        assertThat(tuple.get(1)).isEqualTo(bytes("b"));
        assertThat(tuple.get(2)).isEqualTo(3L);
        assertThat(values.get("list")).isEqualTo(List.of(1L, List.of(2L, List.of(3L))));
        assertThat(values.get("dict")).isEqualTo(Map.of("inner", Map.of("k", Arrays.asList(null, false))));
    }

    @Test
    void valueErrorArrivesAsIllegalArgumentException() {
        Throwable thrown = catchThrowable(() -> client.call("raise_value_error", "bad quantity"));

        assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("bad quantity");
        assertThat(RemoteError.of(thrown))
                .isEqualTo(new RemoteError("builtins.ValueError", List.of("bad quantity", 42L), "ValueError('bad quantity', 42)"));
    }

    @Test
    void keyErrorArrivesAsNoSuchElementException() {
        Throwable thrown = catchThrowable(() -> client.call("raise_key_error", "widget"));

        assertThat(thrown).isExactlyInstanceOf(NoSuchElementException.class).hasMessage("widget");
        assertThat(RemoteError.of(thrown)).isEqualTo(new RemoteError("builtins.KeyError", List.of("widget"), "KeyError('widget')"));
    }

    @Test
    void customExceptionArrivesThroughTheUsersMappingWithItsArgsBoundToTheConstructor() {
        // Python raises mymod.OutOfStock("sku-1", 3); OutOfStockException(String sku, long qty) is its only constructor
        Throwable thrown = catchThrowable(() -> client.call("raise_out_of_stock", "sku-1", 3));

        assertThat(thrown).isExactlyInstanceOf(OutOfStockException.class).hasMessage("out of stock: sku-1, 3 left");
        OutOfStockException outOfStock = (OutOfStockException) thrown;
        assertThat(outOfStock.sku()).isEqualTo("sku-1");
        assertThat(outOfStock.qty()).isEqualTo(3L);
        assertThat(RemoteError.of(thrown))
                .isEqualTo(new RemoteError("mymod.OutOfStock", List.of("sku-1", 3L), "OutOfStock('sku-1', 3)"));
    }

    @Test
    void customExceptionWhoseArgsDoNotConvertArrivesAsGenericRpcException() {
        // "many" is no long, and OutOfStockException has no (String) or () constructor to fall back to
        Throwable thrown = catchThrowable(() -> client.call("raise_out_of_stock", "sku-1", "many"));

        assertThat(thrown).isExactlyInstanceOf(GenericRpcException.class);
        assertThat(((GenericRpcException) thrown).remoteError())
                .isEqualTo(new RemoteError("mymod.OutOfStock", List.of("sku-1", "many"), "OutOfStock('sku-1', 'many')"));
    }

    @Test
    void unmappedExceptionArrivesAsGenericRpcException() {
        Throwable thrown = catchThrowable(() -> client.call("raise_unmapped", "card expired"));

        assertThat(thrown).isExactlyInstanceOf(GenericRpcException.class);
        GenericRpcException generic = (GenericRpcException) thrown;
        assertThat(generic.remoteType()).isEqualTo("mymod.PaymentDeclined");
        assertThat(generic.remoteArgs()).containsExactly("card expired");
        assertThat(generic.remoteRepr()).isEqualTo("PaymentDeclined('card expired')");
    }

    @Test
    void unknownMethodArrivesAsMethodNotFoundException() {
        for (String name : List.of("nope", "ns.sub.nope", "ns.missing.join", "not_remote")) {
            Throwable thrown = catchThrowable(() -> client.call(name));

            assertThat(thrown).as(name).isExactlyInstanceOf(MethodNotFoundException.class);
            assertThat(RemoteError.of(thrown)).as(name)
                    .isEqualTo(new RemoteError("aiozmq.rpc.base.NotFoundError", List.of(name), "NotFoundError('" + name + "')"));
        }
    }

    @Test
    void argumentsThatDoNotBindArriveAsParametersException() {
        Throwable missing = catchThrowable(() -> client.call("greet"));
        Throwable unknownKeyword = catchThrowable(
                () -> client.call(Object.class, "greet", List.of("Ada"), Map.of("colour", "red")));

        assertThat(missing).isExactlyInstanceOf(ParametersException.class);
        assertThat(RemoteError.of(missing)).isEqualTo(new RemoteError("aiozmq.rpc.base.ParametersError",
                List.of("TypeError(\"missing a required argument: 'name'\")"),
                "ParametersError('TypeError(\"missing a required argument: \\'name\\'\")')"));
        assertThat(unknownKeyword).isExactlyInstanceOf(ParametersException.class);
        assertThat(RemoteError.of(unknownKeyword)).isEqualTo(new RemoteError("aiozmq.rpc.base.ParametersError",
                List.of("TypeError(\"got an unexpected keyword argument 'colour'\")"),
                "ParametersError('TypeError(\"got an unexpected keyword argument \\'colour\\'\")')"));
    }

    @Test
    void slowMethodTimesOutAndLeavesNothingPending() {
        Throwable thrown = catchThrowable(() -> client.withTimeout(Duration.ofMillis(500)).call("slow", 30));

        assertThat(thrown).isExactlyInstanceOf(RpcTimeoutException.class);
        assertThat(client.pendingCalls()).isZero();
        // the connection still serves other calls
        assertThat(client.call("echo", "after")).isEqualTo("after");
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    /** A map in the given key order (Map.of has none), values may be null. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
