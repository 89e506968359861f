package io.zmqrpc.cli.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.cli.testing.Cli;
import io.zmqrpc.cli.testing.Cli.Result;
import io.zmqrpc.cli.testing.JavaPeers;
import io.zmqrpc.cli.testing.JavaService;
import io.zmqrpc.runtime.RpcServer;
import org.junit.jupiter.api.Test;

/** {@code zmqrpc call ENDPOINT _zmqrpc.health}: the probe the docs show, against a server with health on and off. */
class HealthCallTest {

    @Test
    void aServerWithHealthOnAnswersItsStateAsJson() {
        try (RpcServer server = JavaPeers.rpc(new JavaService(), o -> o.name("calc").health(true))) {
            assertThat(Cli.run("call", server.endpoints().get(0), "_zmqrpc.health")).isEqualTo(new Result(0,
                    "{\"status\":\"UP\",\"endpoint\":\"calc\",\"state\":\"serving\",\"checks\":{\"serving\":true,"
                            + "\"endpoints\":true,\"socket-thread\":true},\"in-flight\":1}\n", ""));
        }
    }

    @Test
    void aServerWithHealthOffAnswersNotFoundAndTheCallExitsOne() {
        try (RpcServer server = JavaPeers.rpc(new JavaService(), o -> o.name("calc"))) {
            Result result = Cli.run("call", server.endpoints().get(0), "_zmqrpc.health");
            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err()).isEqualTo("zmqrpc call: aiozmq.rpc.base.NotFoundError: ('_zmqrpc.health',)\n"
                    + "  repr: NotFoundError('_zmqrpc.health')\n");
        }
    }
}
