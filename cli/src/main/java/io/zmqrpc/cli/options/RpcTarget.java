package io.zmqrpc.cli.options;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.connect.CallFailures;
import io.zmqrpc.cli.connect.Clients;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every request/reply command starts with: the server's ENDPOINT (the first positional
 * parameter), {@code --timeout} and the CURVE options.
 */
public final class RpcTarget {

    @Parameters(index = "0", paramLabel = "ENDPOINT", description = "The server, e.g. tcp://127.0.0.1:5555.")
    Endpoint endpoint;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5s",
            description = "How long to wait for each reply (default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Mixin
    CurveOptions curve;

    /** @return the server */
    public Endpoint endpoint() {
        return endpoint;
    }

    /**
     * A client connected to the server.
     *
     * @return the client
     * @throws CliException (exit 2) for bad CURVE keys, (exit 3) when it cannot connect
     */
    public RpcChannel connect() {
        return Clients.rpc(endpoint, timeout, curve.keys());
    }

    /**
     * What a call's failure means for the command line.
     *
     * @param failure what the call threw
     * @return the failure to end with
     */
    public CliException failure(Throwable failure) {
        return CallFailures.of(failure, endpoint, timeout);
    }
}
