package io.zmqrpc.cli.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.cli.testing.Cli.Result;
import io.zmqrpc.cli.testing.Cli;
import io.zmqrpc.cli.testing.JavaPeers;
import io.zmqrpc.cli.testing.JavaService;
import io.zmqrpc.cli.testing.Ports;
import io.zmqrpc.cli.testing.PythonPeer;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.spi.DynamicHandler;
import org.junit.jupiter.api.Test;

/** {@code zmqrpc describe} against servers that describe themselves, that do not, and aiozmq. */
class DescribeCommandTest {

    @Test
    void listsTheMethodsOfAServerThatDescribesItself() {
        RpcServer server = JavaPeers.rpc(io.zmqrpc.runtime.Handlers.builder().add("svc", new JavaService()).build(),
                b -> b.describe(true));
        try {
            assertThat(Cli.run("describe", server.endpoints().get(0))).isEqualTo(new Result(0,
                    "svc.add(a: long, b: long) -> long\n"
                            + "svc.echo(value: Object) -> Object\n"
                            + "svc.fail(message: String) -> String\n"
                            + "svc.greet(name: String, [punctuation: java.util.Optional<String>]) -> String\n"
                            + "svc.kinds(*args: Object[]) -> java.util.List<String>\n"
                            + "svc.options(options: java.util.Map<String, Object>) -> java.util.Map<String, Object>\n"
                            + "svc.slow(millis: long) -> String\n", ""));
            assertThat(Cli.run("describe", "--json", server.endpoints().get(0)).out()).startsWith(
                    "{\"methods\":[{\"name\":\"svc.add\",\"params\":[{\"name\":\"a\",\"type\":\"long\",\"required\":true},"
                            + "{\"name\":\"b\",\"type\":\"long\",\"required\":true}],\"varargs\":false,\"returns\":\"long\"},");
        } finally {
            server.close();
        }
    }

    @Test
    void aServerWithDescriptionOffExitsOne() {
        RpcServer server = JavaPeers.rpc(new JavaService());
        try {
            assertThat(Cli.run("describe", server.endpoints().get(0))).isEqualTo(new Result(1, "",
                    "zmqrpc describe: the server at " + server.endpoints().get(0) + " does not describe itself: it "
                            + "answered NotFoundError for _zmqrpc.describe (an aiozmq server, or a zmqrpc server whose "
                            + "describe option is off)\n"));
        } finally {
            server.close();
        }
    }

    @Test
    void anAiozmqServerExitsOne() {
        try (PythonPeer python = PythonPeer.start("python/rpc_server.py")) {
            Result result = Cli.run("describe", python.endpoint());

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err()).startsWith("zmqrpc describe: the server at " + python.endpoint()
                    + " does not describe itself");
        }
    }

    @Test
    void aServerThatDescribesNothingExitsOne() {
        DynamicHandler nothing = name -> null;
        RpcServer server = JavaPeers.rpc(nothing, b -> b.describe(true));
        try {
            assertThat(Cli.run("describe", server.endpoints().get(0))).isEqualTo(new Result(1, "",
                    "zmqrpc describe: the server at " + server.endpoints().get(0) + " described no methods\n"));
        } finally {
            server.close();
        }
    }

    @Test
    void nothingAnsweringExitsThree() {
        String nobody = Ports.freeEndpoint();
        assertThat(Cli.run("describe", "--timeout", "200ms", nobody).exit()).isEqualTo(3);
        assertThat(Cli.run("describe", "--timeout", "never", nobody).exit()).isEqualTo(2);
    }
}
