package io.zmqrpc.cli.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.cli.testing.Cli.Result;
import io.zmqrpc.cli.testing.Cli;
import io.zmqrpc.cli.testing.Ports;
import io.zmqrpc.cli.testing.ServedJava;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code zmqrpc call} against a Java zmqrpc server: results, kwargs, the JSON forms, exit codes 1 and 3. */
class CallJavaServerTest {

    @RegisterExtension
    static final ServedJava JAVA = new ServedJava();

    @Test
    void printsTheResultAsJsonAndExitsZero() {
        assertThat(Cli.run("call", JAVA.endpoint(), "add", "1", "2")).isEqualTo(new Result(0, "3\n", ""));
    }

    @Test
    void aBareWordIsAStringAndKeywordsBindByName() {
        assertThat(Cli.run("call", JAVA.endpoint(), "greet", "world").out()).isEqualTo("\"Hello, world!\"\n");
        assertThat(Cli.run("call", JAVA.endpoint(), "greet", "world", "punctuation=\"?\"").out())
                .isEqualTo("\"Hello, world?\"\n");
        assertThat(Cli.run("call", JAVA.endpoint(), "greet", "name=Ada", "punctuation=.").out()).isEqualTo("\"Hello, Ada.\"\n");
    }

    @Test
    void jsonValuesTravelAsTheirWireTypes() {
        assertThat(Cli.run("call", JAVA.endpoint(), "kinds", "1", "2.5", "\"1\"", "[1,2]", "{\"a\":1}", "true", "null",
                "18446744073709551615").out())
                .isEqualTo("[\"Long\",\"Double\",\"String\",\"ArrayList\",\"LinkedHashMap\",\"Boolean\",\"null\","
                        + "\"BigInteger\"]\n");
        assertThat(Cli.run("call", JAVA.endpoint(), "echo", "{\"a\":[1,{\"b\":null}]}").out())
                .isEqualTo("{\"a\":[1,{\"b\":null}]}\n");
    }

    @Test
    void bytesAndDatetimesBothWays() {
        String[] tagged = {"{\"$bytes\":\"AAH/\"}", "{\"$datetime\":\"2024-05-01T12:30:00.500+02:00\"}",
            "{\"$datetime\":\"2024-05-01T12:30\"}", "{\"$date\":\"2024-05-01\"}", "{\"$time\":\"12:30:15\"}",
            "{\"$timedelta\":\"PT1H30M\"}", "{\"$timezone\":\"+02:00\"}", "{\"$ext\":{\"code\":5,\"data\":\"AQI=\"}}"};
        String[] call = new String[tagged.length + 3];
        call[0] = "call";
        call[1] = JAVA.endpoint();
        call[2] = "kinds";
        System.arraycopy(tagged, 0, call, 3, tagged.length);

        assertThat(Cli.run(call).out()).isEqualTo("[\"byte[]\",\"OffsetDateTime\",\"LocalDateTime\",\"LocalDate\","
                + "\"LocalTime\",\"Duration\",\"ZoneOffset\",\"ExtValue\"]\n");
        assertThat(Cli.run("call", JAVA.endpoint(), "echo", "{\"$bytes\":\"AAH/\"}").out()).isEqualTo("{\"$bytes\":\"AAH/\"}\n");
        assertThat(Cli.run("call", JAVA.endpoint(), "echo", "{\"$datetime\":\"2024-05-01T12:30:00.5+02:00\"}").out())
                .isEqualTo("{\"$datetime\":\"2024-05-01T12:30:00.500+02:00\"}\n");
        assertThat(Cli.run("call", JAVA.endpoint(), "echo", "[{\"$date\":\"2024-05-01\"},{\"$timedelta\":\"PT1H30M\"}]").out())
                .isEqualTo("[{\"$date\":\"2024-05-01\"},{\"$timedelta\":\"PT1H30M\"}]\n");
        assertThat(Cli.run("call", JAVA.endpoint(), "echo", "{\"$ext\":{\"code\":5,\"data\":\"AQI=\"}}").out())
                .isEqualTo("{\"$ext\":{\"code\":5,\"data\":\"AQI=\"}}\n");
    }

    @Test
    void aRemoteErrorExitsOneWithItsTypeArgsAndRepr() {
        Result result = Cli.run("call", JAVA.endpoint(), "fail", "bad value");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("zmqrpc call: java.lang.IllegalArgumentException: ('bad value',)\n"
                + "  repr: IllegalArgumentException('bad value')\n");
    }

    @Test
    void anUnknownMethodIsNotFoundAndExitsOne() {
        Result result = Cli.run("call", JAVA.endpoint(), "nope");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("zmqrpc call: aiozmq.rpc.base.NotFoundError: ('nope',)\n"
                + "  repr: NotFoundError('nope')\n");
    }

    @Test
    void noReplyWithinTheTimeoutExitsThree() {
        Result result = Cli.run("call", "--timeout", "200ms", JAVA.endpoint(), "slow", "2000");

        assertThat(result.exit()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("zmqrpc call: no reply from " + JAVA.endpoint() + " within 200ms: it is "
                + "unreachable, serves nothing there, or refused the connection (CURVE keys)\n");
    }

    @Test
    void anEndpointNothingListensOnExitsThree() {
        String nobody = Ports.freeEndpoint();
        Result result = Cli.run("call", "--timeout", "300ms", nobody, "add", "1", "2");

        assertThat(result.exit()).isEqualTo(3);
        assertThat(result.err()).startsWith("zmqrpc call: no reply from " + nobody + " within 300ms");
    }

    @Test
    void jsonLinesAnswersEachLineInOrder() {
        String input = "{\"method\":\"add\",\"args\":[1,2]}\n"
                + "{\"method\":\"greet\",\"args\":[\"Ada\"],\"kwargs\":{\"punctuation\":\"?\"}}\n"
                + "{\"method\":\"fail\",\"args\":[\"no\"]}\n"
                + "[1,\n"
                + "{\"method\":\"echo\",\"args\":[{\"$bytes\":\"AQ==\"}]}\n";
        Result result = Cli.runWithInput(input, "call", "--json-lines", JAVA.endpoint());

        assertThat(result.lines()).containsExactly(
                "{\"result\":3}",
                "{\"result\":\"Hello, Ada?\"}",
                "{\"error\":{\"type\":\"java.lang.IllegalArgumentException\",\"args\":[\"no\"],"
                        + "\"repr\":\"IllegalArgumentException('no')\"}}",
                "{\"failed\":\"line 4: invalid JSON: Unexpected end-of-input within/between Array entries\","
                        + "\"exit\":2}",
                "{\"result\":{\"$bytes\":\"AQ==\"}}");
        assertThat(result.exit()).isEqualTo(2);
    }
}
