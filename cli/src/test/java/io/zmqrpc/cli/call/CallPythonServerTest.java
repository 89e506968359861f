package io.zmqrpc.cli.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.cli.testing.Cli.Result;
import io.zmqrpc.cli.testing.Cli;
import io.zmqrpc.cli.testing.PythonPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code zmqrpc call} against a real aiozmq 1.0 server ({@code python/rpc_server.py}). */
class CallPythonServerTest {

    private static PythonPeer python;
    private static String endpoint;

    @BeforeAll
    static void start() {
        python = PythonPeer.start("python/rpc_server.py");
        endpoint = python.endpoint();
    }

    @AfterAll
    static void stop() {
        python.close();
    }

    @Test
    void resultsAndKeywordArguments() {
        assertThat(Cli.run("call", endpoint, "add", "1", "2")).isEqualTo(new Result(0, "3\n", ""));
        assertThat(Cli.run("call", endpoint, "greet", "world").out()).isEqualTo("\"Hello, world!\"\n");
        assertThat(Cli.run("call", endpoint, "greet", "Ada", "Hi", "punctuation=?").out()).isEqualTo("\"Hi, Ada?\"\n");
        assertThat(Cli.run("call", endpoint, "greet", "name=Ada", "greeting=Hey").out()).isEqualTo("\"Hey, Ada!\"\n");
    }

    @Test
    void pythonSeesBytesAsBytesAndDatetimesAsDatetimes() {
        Result result = Cli.run("call", endpoint, "received", "text", "{\"$bytes\":\"AAH/\"}",
                "{\"$datetime\":\"2024-05-01T12:30:00.5+02:00\"}", "{\"$date\":\"2024-05-01\"}",
                "when={\"$datetime\":\"2024-05-01T12:30\"}", "span={\"$timedelta\":\"PT1H30M\"}");

        assertThat(result.out()).isEqualTo("[\"('text', b'\\\\x00\\\\x01\\\\xff', datetime.datetime(2024, 5, 1, 12, 30, "
                + "0, 500000, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200))), datetime.date(2024, 5, 1))\","
                + "\"{'when': datetime.datetime(2024, 5, 1, 12, 30), 'span': datetime.timedelta(seconds=5400)}\"]\n");
    }

    @Test
    void pythonsBytesAndDatetimesPrintInTheirJsonForms() {
        assertThat(Cli.run("call", endpoint, "python_values").out()).isEqualTo("{\"bytes\":{\"$bytes\":\"AAH/\"},"
                + "\"aware\":{\"$datetime\":\"2024-05-01T12:30:00.500+02:00\"},"
                + "\"naive\":{\"$datetime\":\"2024-05-01T12:30\"},"
                + "\"date\":{\"$date\":\"2024-05-01\"},"
                + "\"time\":{\"$time\":\"12:30:15\"},"
                + "\"delta\":{\"$timedelta\":\"PT1H30M\"}}\n");
    }

    @Test
    void aPythonExceptionExitsOneWithTypeArgsAndRepr() {
        Result result = Cli.run("call", endpoint, "fail", "bad value");

        assertThat(result).isEqualTo(new Result(1, "", "zmqrpc call: builtins.ValueError: ('bad value',)\n"
                + "  repr: ValueError('bad value')\n"));
    }

    @Test
    void unknownNamesAndBadArgumentsAreAiozmqsOwnErrors() {
        assertThat(Cli.run("call", endpoint, "nope").err()).isEqualTo(
                "zmqrpc call: aiozmq.rpc.base.NotFoundError: ('nope',)\n  repr: NotFoundError('nope')\n");
        Result result = Cli.run("call", endpoint, "add", "1");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("zmqrpc call: aiozmq.rpc.base.ParametersError: (");
    }

    @Test
    void aSlowPythonMethodTimesOutWithExitThree() {
        Result result = Cli.run("call", "--timeout", "200ms", endpoint, "slow", "3");

        assertThat(result.exit()).isEqualTo(3);
        assertThat(result.err()).startsWith("zmqrpc call: no reply from " + endpoint + " within 200ms");
    }
}
