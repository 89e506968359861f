package io.zmqrpc.bench;

import io.zmqrpc.RpcMethod;

/** The echo handler every zmqrpc contender serves: returns the payload it was given. */
public class EchoService {

    /** The remote name of {@link #echo(byte[])}. */
    public static final String METHOD = "echo";

    /**
     * Echoes the payload.
     *
     * @param payload the bytes sent
     * @return the same bytes
     */
    @RpcMethod
    public byte[] echo(byte[] payload) {
        return payload;
    }
}
