package io.zmqrpc.inject;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * CDI qualifier for the executor that runs the handlers of {@code @RemoteEndpoint} beans (and
 * completes asynchronous client calls), when the application wants to choose it.
 *
 * <p>The extension takes, in this order: the container's managed executor
 * ({@code java:comp/DefaultManagedExecutorService}, when JNDI has it); else a bean of type
 * {@link java.util.concurrent.Executor} (or any subtype) with this qualifier; else a pool of its own
 * per server, shut down with it. The application owns (and shuts down) an executor it supplies.
 *
 * <pre>{@code
 * @Produces @RpcExecutor @ApplicationScoped
 * ExecutorService rpcExecutor() { return Executors.newFixedThreadPool(16); }
 * }</pre>
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface RpcExecutor {

    /** The qualifier as a literal, for programmatic lookup. */
    final class Literal extends jakarta.enterprise.util.AnnotationLiteral<RpcExecutor> implements RpcExecutor {
        private static final long serialVersionUID = 1L;

        /** The shared instance. */
        public static final Literal INSTANCE = new Literal();

        private Literal() {
        }
    }
}
