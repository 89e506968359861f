package io.zmqrpc.runtime.dispatch;

import static io.zmqrpc.runtime.dispatch.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.ParametersException;
import io.zmqrpc.runtime.dispatch.fixtures.Signatures;
import io.zmqrpc.runtime.python.PythonRepr;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Arguments bind like Python's {@code Signature.bind}, failing with aiozmq's ParametersError wording. */
class ArgumentBindingTest {

    private final Signatures handler = new Signatures();

    @Test
    void positionalThenKeyword() throws Exception {
        assertThat(call(handler, "add", List.of(1L, 2L))).isEqualTo(3L);
        assertThat(call(handler, "add", List.of(1L), Map.of("b", 5L))).isEqualTo(6L);
        assertThat(call(handler, "add", List.of(), Map.of("b", 5L, "a", 1L))).isEqualTo(6L);
    }

    @Test
    void aiozmqsMessages() {
        assertParameters("add", List.of(), Map.of(), "missing a required argument: 'a'");
        assertParameters("add", List.of(1L), Map.of(), "missing a required argument: 'b'");
        assertParameters("add", List.of(1L, 2L, 3L), Map.of(), "too many positional arguments");
        assertParameters("add", List.of(1L), Map.of("zz", 1L), "got an unexpected keyword argument 'zz'");
        assertParameters("add", List.of(1L, 2L), Map.of("a", 1L), "multiple values for argument 'a'");
    }

    @Test
    void conversionsNameTheParameter() {
        assertParameters("small", List.of(1L << 40), Map.of(),
                "cannot convert int 1099511627776 to int at a: out of range -2147483648..2147483647");
        assertParameters("add", List.of("one", 2L), Map.of(), "cannot convert str \"one\" to long at a");
        assertParameters("add", List.of(1L), Map.of("b", "two"), "cannot convert str \"two\" to long at b");
        assertParameters("total", List.of(List.of(1L, "two", 3L)), Map.of(),
                "cannot convert str \"two\" to Integer at values[1]");
        assertParameters("nested", List.of(Map.of("g", List.of(1L, "x"))), Map.of(),
                "cannot convert str \"x\" to Long at groups[\"g\"][1]");
        assertParameters("bytes", List.of("not bytes", "t", 1L), Map.of(),
                "cannot convert str \"not bytes\" to byte[] at data: str is not bin, declare String");
    }

    @Test
    void conversionsToDeclaredTypes() throws Exception {
        assertThat(call(handler, "small", List.of(7L))).isEqualTo(7);
        assertThat(call(handler, "total", List.of(List.of(1L, 2L, 3L)))).isEqualTo(6);
        assertThat(call(handler, "nested", List.of(Map.of("x", List.of(1L, 2L), "y", List.of(3L))))).isEqualTo(6L);
        assertThat(call(handler, "bytes", List.of(new byte[] {1, 2}, "t", 2.5))).isEqualTo("2:t:Double");
        assertThat(call(handler, "bytes", java.util.Arrays.asList(new byte[0], "t", null))).isEqualTo("0:t:null");
    }

    @Test
    void varargsTakeTheExtraPositionalArguments() throws Exception {
        assertThat(call(handler, "join", List.of("-", "a", "b", "c"))).isEqualTo("a-b-c/3");
        assertThat(call(handler, "join", List.of("-"))).isEqualTo("/0");
        assertThat(call(handler, "sizes", List.of(List.of(1L), List.of(2L, 3L)))).isEqualTo("[[1], [2, 3]]");
        assertParameters("join", List.of("-", "a"), Map.of("parts", List.of("b")),
                "got an unexpected keyword argument 'parts'");
        assertParameters("join", List.of("-", "a", 2L), Map.of(), "cannot convert int 2 to String at parts[1]");
    }

    @Test
    void optionalParametersMayBeLeftOut() throws Exception {
        assertThat(call(handler, "greet", List.of("ann"))).isEqualTo("ann");
        assertThat(call(handler, "greet", List.of("ann", "dr"))).isEqualTo("dr ann");
        assertThat(call(handler, "greet", List.of("ann"), Map.of("title", "prof"))).isEqualTo("prof ann");
        assertParameters("greet", List.of(), Map.of("title", "x"), "missing a required argument: 'name'");
    }

    private void assertParameters(String method, List<Object> args, Map<String, Object> kwargs, String message) {
        assertThatThrownBy(() -> call(handler, method, args, kwargs))
                .isExactlyInstanceOf(ParametersException.class)
                .satisfies(e -> {
                    ParametersException p = (ParametersException) e;
                    assertThat(p.remoteError().type()).isEqualTo("aiozmq.rpc.base.ParametersError");
                    // aiozmq sends ParametersError(repr(TypeError(message))), and so does zmqrpc.
                    String typeError = "TypeError(" + PythonRepr.string(message) + ")";
                    assertThat(p.remoteError().args()).containsExactly(typeError);
                    assertThat(p.getMessage()).isEqualTo("bad parameters: " + typeError);
                });
    }
}
