package io.zmqrpc.runtime.describe;

import io.zmqrpc.RpcMethod;
import io.zmqrpc.runtime.dispatch.Dispatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The handler behind {@code _zmqrpc.describe}: answers {@code {"methods": [...]}}, one entry per
 * remote method of the user's tree, sorted by name. Names resolved at call time by a
 * {@link io.zmqrpc.spi.DynamicHandler} cannot be listed and are not. Public only because the
 * dispatcher reaches remote methods of public classes without access overrides.
 */
public final class DescribeMethod {

    private final Dispatcher described;

    DescribeMethod(Object handler) {
        this.described = new Dispatcher(handler);
    }

    /**
     * The description, read from the handler tree at each call.
     *
     * @return {@code methods}: a list of maps, see {@link MethodDescription}
     */
    @RpcMethod
    public Map<String, Object> describe() {
        List<Map<String, Object>> methods = new ArrayList<>();
        described.staticMethods().forEach((name, method) -> methods.add(MethodDescription.of(name, method)));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("methods", methods);
        return reply;
    }
}
