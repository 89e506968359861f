package io.zmqrpc.runtime.dispatch;

import java.util.List;
import java.util.Map;

/** Runs a call through a dispatcher the way the server does, with decoded-looking arguments. */
final class Calls {

    private Calls() {
    }

    static Object call(Object root, String name, List<Object> args) throws Exception {
        return new Dispatcher(root).call(name, args, Map.of());
    }

    static Object call(Object root, String name, List<Object> args, Map<String, Object> kwargs) throws Exception {
        return new Dispatcher(root).call(name, args, kwargs);
    }
}
