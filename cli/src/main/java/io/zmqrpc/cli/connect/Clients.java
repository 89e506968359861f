package io.zmqrpc.cli.connect;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.PubSubClient;
import io.zmqrpc.RpcClient;
import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.options.CurveOptions;
import io.zmqrpc.cli.options.Endpoint;
import io.zmqrpc.runtime.RpcOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.time.Duration;
import java.util.Optional;

/**
 * Opens the clients the commands use. The only class of the command line that knows zmqrpc's
 * options and entry points, so that a rename there touches one file here.
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
    public static RpcClient rpc(Endpoint endpoint, Duration timeout, Optional<CurveOptions.ClientKeys> curve) {
        return open(() -> ZmqRpc.connectRpc(options(endpoint, false, curve).timeout(timeout).linger(Duration.ZERO)
                .build()), endpoint);
    }

    /**
     * A pipeline client.
     *
     * @param endpoint where to connect, or what to bind
     * @param bind true to bind the endpoint
     * @param linger how long closing waits for the message to leave
     * @param curve CURVE keys, or empty for plaintext
     * @return the client
     */
    public static PipelineClient pipeline(Endpoint endpoint, boolean bind, Duration linger,
            Optional<CurveOptions.ClientKeys> curve) {
        return open(() -> ZmqRpc.connectPipeline(options(endpoint, bind, curve).linger(linger).build()), endpoint);
    }

    /**
     * A pub/sub publisher.
     *
     * @param endpoint where to connect, or what to bind
     * @param bind true to bind the endpoint
     * @param curve CURVE keys, or empty for plaintext
     * @return the client
     */
    public static PubSubClient publisher(Endpoint endpoint, boolean bind, Optional<CurveOptions.ClientKeys> curve) {
        return open(() -> ZmqRpc.connectPubSub(options(endpoint, bind, curve).build()), endpoint);
    }

    private static RpcOptions.Builder options(Endpoint endpoint, boolean bind, Optional<CurveOptions.ClientKeys> curve) {
        RpcOptions.Builder options = RpcOptions.builder().name("zmqrpc-cli");
        if (bind) {
            options.bind(endpoint.address());
        } else {
            options.connect(endpoint.address());
        }
        curve.ifPresent(k -> options.curveClient(k.publicKey(), k.secretKey(), k.serverKey()));
        return options;
    }

    /** A socket that cannot bind (address in use) or connect names the endpoint and exits 3. */
    private static <T> T open(java.util.function.Supplier<T> opening, Endpoint endpoint) {
        try {
            return opening.get();
        } catch (IllegalStateException | org.zeromq.ZMQException e) {
            throw CliException.unreachable("cannot open " + endpoint + ": " + e.getMessage());
        }
    }
}
