package io.zmqrpc.cli.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.cli.testing.Cli.Result;
import io.zmqrpc.cli.testing.Cli;
import io.zmqrpc.cli.testing.ServedJava;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input exits 2 with one line that names the argument, and sends nothing: the server behind
 * a valid JAVA.endpoint() sees no call.
 */
class BadInputTest {

    @RegisterExtension
    static final ServedJava JAVA = new ServedJava();

    @AfterEach
    void nothingWasSent() {
        assertThat(JAVA.service().calls()).isZero();
    }

    @Test
    void malformedEndpoint() {
        assertThat(Cli.run("call", "127.0.0.1:5555", "add", "1")).isEqualTo(new Result(2, "",
                "zmqrpc call: Invalid value for positional parameter at index 0 (ENDPOINT): bad endpoint "
                        + "'127.0.0.1:5555': write tcp://host:port or ipc://path (see 'zmqrpc call --help')\n"));
        assertThat(Cli.run("call", "tcp://127.0.0.1:70000", "add").err()).isEqualTo(
                "zmqrpc call: Invalid value for positional parameter at index 0 (ENDPOINT): bad endpoint "
                        + "'tcp://127.0.0.1:70000': port 70000 is not 1..65535 (see 'zmqrpc call --help')\n");
    }

    @Test
    void badDuration() {
        assertThat(Cli.run("call", "--timeout", "5x", JAVA.endpoint(), "add", "1", "2")).isEqualTo(new Result(2, "",
                "zmqrpc call: Invalid value for option '--timeout': bad duration '5x': write ISO-8601 (PT5S) or a "
                        + "number with a unit (100us, 500ms, 5s, 2m, 1h) (see 'zmqrpc call --help')\n"));
    }

    @Test
    void invalidJson() {
        assertThat(Cli.run("call", JAVA.endpoint(), "add", "[1,", "2")).isEqualTo(new Result(2, "",
                "zmqrpc call: argument 1 ('[1,'): invalid JSON: Unexpected end-of-input within/between Array "
                        + "entries\n"));
        assertThat(Cli.run("call", JAVA.endpoint(), "echo", "v={\"a\":}").err()).startsWith(
                "zmqrpc call: keyword argument 'v': invalid JSON: Unexpected character ('}' (code 125))");
        assertThat(Cli.run("call", JAVA.endpoint(), "echo", "12abc").err()).startsWith(
                "zmqrpc call: argument 1 ('12abc'): invalid JSON: ");
    }

    @Test
    void badTaggedValues() {
        assertThat(Cli.run("call", JAVA.endpoint(), "echo", "{\"$bytes\":\"***\"}").err()).isEqualTo(
                "zmqrpc call: argument 1 ('{\"$bytes\":\"***\"}'): '***' is not base64: Illegal base64 character 2a\n");
        assertThat(Cli.run("call", JAVA.endpoint(), "echo", "{\"$datetime\":\"yesterday\"}").err()).startsWith(
                "zmqrpc call: argument 1 ('{\"$datetime\":\"yesterday\"}'): $datetime 'yesterday' is not ISO-8601: ");
        assertThat(Cli.run("call", JAVA.endpoint(), "echo", "{\"$ext\":{\"code\":300,\"data\":\"\"}}").err()).isEqualTo(
                "zmqrpc call: argument 1 ('{\"$ext\":{\"code\":300,\"data\":\"\"}}'): $ext needs "
                        + "{\"code\": -128..127, \"data\": \"<base64>\"}\n");
    }

    @Test
    void argumentOrder() {
        assertThat(Cli.run("call", JAVA.endpoint(), "greet", "name=Ada", "extra")).isEqualTo(new Result(2, "",
                "zmqrpc call: positional argument 'extra' follows keyword arguments (put NAME=VALUE last, or "
                        + "quote the text as JSON)\n"));
        assertThat(Cli.run("call", JAVA.endpoint(), "greet", "a=1", "a=2").err())
                .isEqualTo("zmqrpc call: keyword argument 'a' given twice\n");
    }

    @Test
    void unknownCommandOptionAndMissingArguments() {
        assertThat(Cli.run("frobnicate")).isEqualTo(new Result(2, "",
                "zmqrpc: Unmatched argument at index 0: 'frobnicate' (see 'zmqrpc --help')\n"));
        assertThat(Cli.run("call", "--bogus", JAVA.endpoint(), "add").err())
                .isEqualTo("zmqrpc call: Unknown option: '--bogus' (see 'zmqrpc call --help')\n");
        assertThat(Cli.run("call", JAVA.endpoint())).isEqualTo(new Result(2, "", "zmqrpc call: missing METHOD\n"));
        assertThat(Cli.run().err()).isEqualTo("zmqrpc: missing a command: call, notify, publish, listen, describe, "
                + "bench, proxy, keygen or completion (see 'zmqrpc --help')\n");
    }

    @Test
    void badCurveKeys() {
        assertThat(Cli.run("call", "--curve-server-key", "short", JAVA.endpoint(), "add", "1", "2")).isEqualTo(new Result(2,
                "", "zmqrpc call: bad CURVE key: cannot read CURVE key file short\n"));
    }
}
