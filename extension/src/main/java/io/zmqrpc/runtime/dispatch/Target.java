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

    /**
     * Whether the call runs on the thread that read it.
     *
     * @return true for a method declared inline or one reached through an {@link InlineHandler}
     */
    boolean inline();

    /**
     * This target, run inline.
     *
     * @return the inline target
     */
    Target inlined();

    /** A handler instance's remote method. */
    record Bound(Object instance, RemoteMethod method, boolean inline) implements Target {
        Bound(Object instance, RemoteMethod method) {
            this(instance, method, method.inline());
        }

        @Override
        public Object invoke(List<Object> args, Map<String, Object> kwargs) throws Exception {
            return method.invoke(instance, args, kwargs);
        }

        @Override
        public Target inlined() {
            return new Bound(instance, method, true);
        }
    }

    /** A dynamic handler's call, which takes the arguments as they came. */
    record Dynamic(RemoteCall call, boolean inline) implements Target {
        Dynamic(RemoteCall call) {
            this(call, false);
        }

        @Override
        public Object invoke(List<Object> args, Map<String, Object> kwargs) throws Exception {
            return call.call(args, kwargs);
        }

        @Override
        public Target inlined() {
            return new Dynamic(call, true);
        }
    }
}
