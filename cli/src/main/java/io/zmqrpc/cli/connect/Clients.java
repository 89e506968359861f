package io.zmqrpc.cli.connect;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.options.CurveOptions;
import io.zmqrpc.cli.options.Endpoint;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.time.Duration;
import java.util.Optional;

/**
 * Opens the request/reply client the commands use. The only class of the command line that knows
 * zmqrpc's client options and entry points, so that a rename there touches one file here.
 */
public final class Clients {

    private Clients() {
    }

    /**
     * A request/reply client connected to an endpoint.
     *
     * @param endpoint where the server is
     * @param timeout each call's timeout
     * @param curve CURVE keys, or empty for plaintext
     * @return the client
     */
    public static RpcChannel rpc(Endpoint endpoint, Duration timeout, Optional<CurveOptions.ClientKeys> curve) {
        ClientOptions.Builder options = ClientOptions.builder().name("zmqrpc-cli").connect(endpoint.address())
                .timeout(timeout).linger(Duration.ZERO);
        curve.ifPresent(k -> options.curveClient(k.publicKey(), k.secretKey(), k.serverKey()));
        try {
            return ZmqRpc.connectRpc(options.build());
        } catch (IllegalStateException | org.zeromq.ZMQException e) {
            throw CliException.unreachable("cannot connect to " + endpoint + ": " + e.getMessage());
        }
    }
}
