package io.zmqrpc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as remotely callable, like aiozmq's {@code @rpc.method}.
 *
 * <p>On a server handler, only public instance methods carrying this annotation are reachable
 * from the wire; nothing else on the object ever is (not {@code Object}'s methods, not getters,
 * not static methods, not inherited methods that lack the annotation). On a client interface the
 * annotation is optional and only renames the remote method.
 *
 * <p>Marking a field or a getter makes it a <em>sub-handler</em>: its value is served under the
 * namespace {@code value()} (or the field/property name), so that {@code ns.method} reaches
 * {@code method} on that object.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface RpcMethod {

    /**
     * The remote name; empty means the Java method's (or field's / property's) own name.
     *
     * @return the remote name, or empty
     */
    String value() default "";

    /**
     * Runs the method on the thread that read the request instead of the server's handler executor
     * (on a server handler only; ignored on a client interface and on fields). It saves the hand-off
     * to a handler thread, the cost that dominates a short call, but the method then holds up every
     * call on its socket while it runs: declare inline only methods that never block (compute and
     * return, or return a {@code CompletionStage} that completes elsewhere). In CDI an inline call
     * still has its request context and interceptors.
     *
     * @return true to run inline
     * @since 1.1
     */
    boolean inline() default false;
}
