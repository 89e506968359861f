package io.zmqrpc.runtime.pipeline;

import io.zmqrpc.RpcMethod;
import java.util.List;
import java.util.Map;

/** The typed client view of {@link Recorder}: void methods, one notification each. */
public interface Notes {

    void note(String text, long number);

    @RpcMethod("tags")
    void tagged(List<String> tags, Map<String, Integer> counts);
}
