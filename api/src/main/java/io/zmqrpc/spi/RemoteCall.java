package io.zmqrpc.spi;

import java.util.List;
import java.util.Map;

/**
 * A remote method resolved at call time by a {@link DynamicHandler}: it receives the decoded
 * arguments as they came off the wire, without binding or conversion.
 */
@FunctionalInterface
public interface RemoteCall {

    /**
     * Runs the call.
     *
     * @param args the positional arguments
     * @param kwargs the keyword arguments
     * @return the result, or a {@link java.util.concurrent.CompletionStage} of it
     * @throws Exception any failure, sent back as an error reply
     */
    Object call(List<Object> args, Map<String, Object> kwargs) throws Exception;
}
