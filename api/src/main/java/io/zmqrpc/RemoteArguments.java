package io.zmqrpc;

import java.util.List;

/**
 * Implemented by an exception that wants to travel with structured arguments instead of
 * {@code [message]}: a server sends {@link #remoteArgs()} as the exception's args, so that a
 * Python peer sees {@code e.args} as those values.
 */
public interface RemoteArguments {

    /**
     * The arguments to send as the exception's args.
     *
     * @return msgpack-encodable values
     */
    List<Object> remoteArgs();
}
