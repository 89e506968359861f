package io.zmqrpc.runtime.dispatch;

import io.zmqrpc.runtime.convert.TypeConverter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/** One {@code @RpcMethod} method of a handler class, with its argument binder. */
final class RemoteMethod {

    private final Method method;
    private final ArgumentBinder binder;
    private final boolean inline;

    RemoteMethod(Method method, TypeConverter converter, boolean inline) {
        this.method = method;
        this.binder = new ArgumentBinder(method, converter);
        this.inline = inline;
    }

    Method method() {
        return method;
    }

    /** @return whether the method was declared {@code @RpcMethod(inline = true)} */
    boolean inline() {
        return inline;
    }

    /**
     * Binds the arguments and calls the method on a handler instance.
     *
     * @return the result, possibly a CompletionStage
     * @throws Exception what the method threw, unwrapped
     */
    Object invoke(Object instance, List<Object> args, Map<String, Object> kwargs) throws Exception {
        Object[] bound = binder.bind(args, kwargs);
        try {
            return method.invoke(instance, bound);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
