package io.zmqrpc.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.zmqrpc.interop.RecordingService.Call;
import io.zmqrpc.runtime.Handlers;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.errors.DefaultErrorRegistry;
import io.zmqrpc.runtime.otel.ZmqRpcTelemetry;
import io.zmqrpc.testing.OtelSdk;
import io.zmqrpc.testing.PythonPeer;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An aiozmq 1.0 {@code connect_rpc} client ({@code python/rpc_client.py}) calling a Java server.
 * The script prints one JSON line per call (bytes tagged as {@code {"bytes": "<hex>"}}), asserted
 * here exactly; what the Java handler received is asserted from its record of calls. The server
 * runs zmqrpc's OpenTelemetry listener, as a traced deployment does: an aiozmq client, which sends
 * no call context, still gets exactly its 2-frame reply (aiozmq's client takes a reply of any
 * other length for garbage and would time out).
 */
class PythonClientToJavaServerTest {

    private static final RecordingService service = new RecordingService();
    private static final OtelSdk sdk = new OtelSdk();
    private static RpcServer server;

    @BeforeAll
    static void start() {
        PythonPeer.requireAiozmq();
        Object root = Handlers.builder()
                .add(service)
                .add("admin.users", new RecordingService.Users(service))
                .build();
        server = ZmqRpc.serveRpc(root, ServerOptions.builder()
                .bind("tcp://127.0.0.1:*")
                .errorRegistry(DefaultErrorRegistry.builder()
                        .map("builtins.ValueError", InvalidQuantityException.class)
                        .build())
                .shutdownGrace(Duration.ofSeconds(5))
                .listener(ZmqRpcTelemetry.create(sdk.openTelemetry()))
                .build());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        sdk.close();
    }

    @BeforeEach
    void forget() {
        service.clear();
        sdk.resetSpans();
    }

    @Test
    void callsFromAnAiozmqClientAreRootServerSpansAnsweredWithTwoFrames() {
        assertThat(runScenario("arguments")).hasSize(5);

        // the server span of each call ends once its reply is on the way
        List<SpanData> spans = sdk.awaitSpans(5, Duration.ofSeconds(10));
        assertThat(spans).extracting(SpanData::getName)
                .containsExactlyInAnyOrder("greet", "greet", "greet", "inventory.stock.reserve", "admin.users.find");
        assertThat(spans).allSatisfy(span -> {
            assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
            assertThat(span.getParentSpanContext().isValid()).as("no trace context arrives from aiozmq").isFalse();
            assertThat(span.getAttributes().get(AttributeKey.stringKey("rpc.response.status_code"))).isEqualTo("OK");
        });
    }

    @Test
    void positionalKeywordAndNamespacedCalls() {
        assertThat(runScenario("arguments")).containsExactlyElementsOf(lines("""
                {"call": "positional", "result": "Hello, Ada!"}
                {"call": "keywords", "result": "Hi, Ada?"}
                {"call": "mixed", "result": "Hey, Ada!"}
                {"call": "fields", "result": {"item": "widget", "reserved": 3}}
                {"call": "builder", "result": "user 7 (Ada)"}
                """));
        assertThat(service.calls()).containsExactly(
                new Call("greet", List.of("Ada", "Hello", Optional.empty())),
                new Call("greet", List.of("Ada", "Hi", Optional.of("?"))),
                new Call("greet", List.of("Ada", "Hey", Optional.empty())),
                new Call("inventory.stock.reserve", List.of("widget", 3)),
                new Call("admin.users.find", List.of(7L, true)));
    }

    @Test
    void everyValueTypeRoundTripsAndKeepsStrAndBytesApart() {
        assertThat(runScenario("values")).containsExactlyElementsOf(lines("""
                {"call": "none", "result": null}
                {"call": "true", "result": true}
                {"call": "small", "result": 7}
                {"call": "negative", "result": -7}
                {"call": "above_u32", "result": 4294967297}
                {"call": "i64_max", "result": 9223372036854775807}
                {"call": "i64_min", "result": -9223372036854775808}
                {"call": "u64_max", "result": 18446744073709551615}
                {"call": "float", "result": 1.5}
                {"call": "whole_float", "result": 2.0}
                {"call": "str", "result": "h\\u00e9llo \\u2603"}
                {"call": "bytes", "result": {"bytes": "00ff726177"}}
                {"call": "empty_str", "result": ""}
                {"call": "empty_bytes", "result": {"bytes": ""}}
                {"call": "tuple", "result": ["a", {"bytes": "62"}]}
                {"call": "nested", "result": {"list": [1, [2.5, null]], "map": {"k": {"bytes": "76"}}}}
                {"call": "java_values", "result": {"none": null, "bool": false, "int": -42, "long": 1099511627776, \
                "i64_max": 9223372036854775807, "u64_max": 18446744073709551615, "double": 0.25, \
                "string": "snow \\u2603", "bytes": {"bytes": "0102fe"}, "list": ["a", [1, 2]], \
                "map": {"nested": {"empty": []}}}}
                """));

        // what Java received: Long up to 2^63-1, BigInteger beyond, String for str, byte[] for bytes
        List<Object> received = service.calls().stream().map(c -> c.args().get(0)).toList();
        assertThat(received).hasSize(16);
        assertThat(received.subList(0, 11)).containsExactly(null, true, 7L, -7L, 4294967297L, Long.MAX_VALUE,
                Long.MIN_VALUE, new BigInteger("18446744073709551615"), 1.5, 2.0, "h\u00e9llo \u2603");
        assertThat(received.get(11)).isInstanceOf(byte[].class).isEqualTo(new byte[] {0, (byte) 0xff, 'r', 'a', 'w'});
        assertThat(received.get(12)).isEqualTo("");
        assertThat(received.get(13)).isInstanceOf(byte[].class).isEqualTo(new byte[0]);
        List<?> tuple = (List<?>) received.get(14);
        assertThat(tuple).hasSize(2);
        assertThat(tuple.get(0)).isEqualTo("a");
        assertThat(tuple.get(1)).isEqualTo(new byte[] {'b'});
        Map<?, ?> nested = (Map<?, ?>) received.get(15);
        assertThat(List.copyOf(nested.keySet())).isEqualTo(List.of("list", "map"));
        assertThat(nested.get("list")).isEqualTo(List.of(1L, Arrays.asList(2.5, null)));
        assertThat(((Map<?, ?>) nested.get("map")).get("k")).isEqualTo(new byte[] {'v'});
    }

    @Test
    void javaExceptionsArriveAsAiozmqErrors() {
        // generic: untranslated, GenericError(type, args, repr) with the Java class name;
        // mapped: named builtins.ValueError by the server's registry, so Python raises a real ValueError
        assertThat(runScenario("errors")).containsExactlyElementsOf(lines("""
                {"call": "generic", "raised": "aiozmq.rpc.base.GenericError", "args": \
                ["java.lang.IllegalStateException", ["out of order"], "IllegalStateException('out of order')"]}
                {"call": "mapped", "raised": "builtins.ValueError", "args": ["quantity must be positive: -1"]}
                {"call": "not_found", "raised": "aiozmq.rpc.base.NotFoundError", "args": ["nope"]}
                {"call": "not_found_nested", "raised": "aiozmq.rpc.base.NotFoundError", "args": ["inventory.stock.nope"]}
                {"call": "not_remote", "raised": "aiozmq.rpc.base.NotFoundError", "args": ["notRemote"]}
                {"call": "missing_argument", "raised": "aiozmq.rpc.base.ParametersError", \
                "args": ["TypeError(\\"missing a required argument: 'greeting'\\")"]}
                {"call": "unknown_keyword", "raised": "aiozmq.rpc.base.ParametersError", \
                "args": ["TypeError(\\"got an unexpected keyword argument 'colour'\\")"]}
                {"call": "unconvertible", "raised": "aiozmq.rpc.base.ParametersError", \
                "args": ["TypeError('cannot convert str \\"many\\" to int at quantity')"]}
                """));
        assertThat(service.calls()).containsExactly(
                new Call("failState", List.of("out of order")),
                new Call("failQuantity", List.of(-1)));
    }

    @Test
    void pythonClientTimesOutOnASlowJavaMethod() {
        // Python 3.11's asyncio.TimeoutError is the builtin TimeoutError
        assertThat(runScenario("timeout")).containsExactlyElementsOf(lines("""
                {"call": "slow", "raised": "builtins.TimeoutError", "args": []}
                {"call": "after", "result": "still here"}
                """));
        assertThat(service.calls()).containsExactly(
                new Call("slow", List.of(3000L)),
                new Call("echo", List.of("still here")));
    }

    @Test
    void javaHandlerTimeoutArrivesAsPythonsTimeoutError() {
        RpcServer impatient = ZmqRpc.serveRpc(service, ServerOptions.builder()
                .bind("tcp://127.0.0.1:*")
                .handlerTimeout(Duration.ofMillis(300))
                .build());
        try {
            // the server names its RpcTimeoutException asyncio.TimeoutError, which aiozmq's table knows
            assertThat(runScenario(impatient, "handler_timeout")).containsExactlyElementsOf(lines("""
                    {"call": "slow", "raised": "builtins.TimeoutError", "args": ["handler slow did not finish within 300 ms"]}
                    """));
            assertThat(service.calls()).containsExactly(new Call("slow", List.of(3000L)));
        } finally {
            impatient.close();
        }
    }

    /** Runs one scenario of rpc_client.py and returns the JSON lines it printed. */
    private static List<String> runScenario(String scenario) {
        return runScenario(server, scenario);
    }

    private static List<String> runScenario(RpcServer target, String scenario) {
        return PythonPeer.run(Duration.ofSeconds(60), "python/rpc_client.py", target.endpoints().get(0), scenario);
    }

    private static List<String> lines(String textBlock) {
        return textBlock.lines().toList();
    }
}
