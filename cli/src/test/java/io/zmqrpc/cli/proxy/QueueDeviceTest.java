package io.zmqrpc.cli.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.cli.options.Endpoint;
import io.zmqrpc.cli.testing.Cli.Result;
import io.zmqrpc.cli.testing.Cli;
import io.zmqrpc.cli.testing.JavaPeers;
import io.zmqrpc.cli.testing.JavaService;
import io.zmqrpc.cli.testing.Ports;
import io.zmqrpc.cli.testing.PythonPeer;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.security.CurveKeys;
import io.zmqrpc.runtime.transport.CurveSettings;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The proxy's queue device in-process: CURVE on the frontend, and its counts each way. */
class QueueDeviceTest {

    @Test
    void aCurveFrontendAdmitsClientsWithTheServerKeyAndCountsWhatItForwards() {
        CurveKeys.KeyPair keys = CurveKeys.generate();
        Endpoint frontend = Endpoint.parse(Ports.freeEndpoint());
        Endpoint backend = Endpoint.parse(Ports.freeEndpoint());
        JavaService service = new JavaService();
        try (QueueDevice device = QueueDevice.start(frontend, backend,
                CurveSettings.server(keys.secretKey(), Set.of()), Duration.ofSeconds(1))) {
            RpcServer server = JavaPeers.rpcConnected(service, backend.address());
            try {
                for (int i = 0; i < 3; i++) {
                    assertThat(Cli.run("call", "--timeout", "10s", "--curve-server-key", keys.publicKey(),
                            frontend.address(), "add", String.valueOf(i), "1"))
                            .isEqualTo(new Result(0, (i + 1) + "\n", ""));
                }
                assertThat(Cli.run("call", "--timeout", "500ms", frontend.address(), "add", "1", "1").exit())
                        .isEqualTo(3);
            } finally {
                server.close();
            }
            assertThat(device.requests()).isEqualTo(3);
            assertThat(device.replies()).isEqualTo(3);
            assertThat(service.calls()).isEqualTo(3);
        }
    }

    @Test
    void anAiozmqServerBehindTheProxyAnswersThroughTheEnvelope() {
        Endpoint frontend = Endpoint.parse(Ports.freeEndpoint());
        Endpoint backend = Endpoint.parse(Ports.freeEndpoint());
        try (QueueDevice device = QueueDevice.start(frontend, backend, null, null);
                PythonPeer python = PythonPeer.start("python/rpc_server.py", "--connect", backend.address())) {
            assertThat(Cli.run("call", "--timeout", "10s", frontend.address(), "greet", "Ada", "punctuation=?"))
                    .isEqualTo(new Result(0, "\"Hello, Ada?\"\n", ""));
            assertThat(Cli.run("call", frontend.address(), "fail", "bad value").err())
                    .isEqualTo("zmqrpc call: builtins.ValueError: ('bad value',)\n  repr: ValueError('bad value')\n");
            assertThat(device.requests()).isEqualTo(2);
            assertThat(device.replies()).isEqualTo(2);
        }
    }

    @Test
    void aBusyAddressExitsThree() {
        RpcServer server = JavaPeers.rpc(new JavaService());
        try {
            Result result = Cli.run("proxy", "--frontend", server.endpoints().get(0), "--backend",
                    Ports.freeEndpoint());
            assertThat(result.exit()).isEqualTo(3);
            assertThat(result.err()).startsWith("zmqrpc proxy: cannot bind " + server.endpoints().get(0) + ": ");
            assertThat(Cli.run("proxy", "--frontend", "tcp://127.0.0.1:1").err())
                    .isEqualTo("zmqrpc proxy: Missing required option: '--backend=ENDPOINT' (see 'zmqrpc proxy --help')\n");
        } finally {
            server.close();
        }
    }
}
