package io.zmqrpc.runtime.dispatch;

import io.zmqrpc.spi.RemoteCall;
import java.util.List;
import java.util.Map;

/** A resolved remote name: what to run for a call. */
interface Target {

    /**
     * Runs the call on the current thread.
     *
     * @param args positional arguments as decoded
     * @param kwargs keyword arguments as decoded
     * @return the result, possibly a CompletionStage
     * @throws Exception what the handler threw, or a ParametersException
     */
    Object invoke(List<Object> args, Map<String, Object> kwargs) throws Exception;

    /** A handler instance's remote method. */
    record Bound(Object instance, RemoteMethod method) implements Target {
        @Override
        public Object invoke(List<Object> args, Map<String, Object> kwargs) throws Exception {
            return method.invoke(instance, args, kwargs);
        }
    }

    /** A dynamic handler's call, which takes the arguments as they came. */
    record Dynamic(RemoteCall call) implements Target {
        @Override
        public Object invoke(List<Object> args, Map<String, Object> kwargs) throws Exception {
            return call.call(args, kwargs);
        }
    }
}
