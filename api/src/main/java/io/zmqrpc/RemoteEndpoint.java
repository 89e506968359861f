package io.zmqrpc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Serves a CDI bean's {@link RpcMethod} methods from container start to container stop.
 *
 * <p>The zmqrpc CDI extension discovers every bean class carrying this annotation, validates it at
 * deployment (no {@code @RpcMethod}, no address, an unresolvable placeholder or two beans claiming
 * the same name on one address fail the deployment, naming the bean), binds or connects its socket
 * when the container fires {@code Startup}, and drains and closes it on {@code Shutdown}. Each call
 * goes through the bean's contextual reference, so interceptors apply, with a request context
 * active. Several beans on the same address share one socket, each under its {@link #namespace()}.
 *
 * <p>Every string attribute may contain {@code ${key}} or {@code ${key:default}} placeholders,
 * resolved from MicroProfile Config when present, else from system properties and environment
 * variables; and {@code zmqrpc.server.<name>.<attribute>} overrides the attribute by key.
 *
 * <pre>{@code
 * @ApplicationScoped
 * @RemoteEndpoint(bind = "${calc.bind:tcp://127.0.0.1:5555}", namespace = "calc")
 * public class CalculatorService {
 *     @RpcMethod public int add(int a, int b) { return a + b; }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RemoteEndpoint {

    /**
     * Endpoints to bind, for example {@code tcp://127.0.0.1:5555} or {@code tcp://*:5555}.
     *
     * @return the bind endpoints
     */
    String[] bind() default {};

    /**
     * Endpoints to connect to (a server may connect, for example to a proxy's backend).
     *
     * @return the connect endpoints
     */
    String[] connect() default {};

    /**
     * The namespace the bean's methods are served under, dotted allowed ({@code a.b} serves
     * {@code a.b.method}); empty serves them at the top level.
     *
     * @return the namespace
     */
    String namespace() default "";

    /**
     * The name used in configuration keys ({@code zmqrpc.server.<name>.bind}); empty means the bean
     * class's simple name.
     *
     * @return the configuration name
     */
    String name() default "";

    /**
     * The messaging pattern: request/reply (default), pipeline or pub/sub.
     *
     * @return the pattern
     */
    Pattern pattern() default Pattern.RPC;

    /**
     * For {@link Pattern#PUBSUB}: the topics to subscribe to (prefix match); an empty string
     * subscribes to everything.
     *
     * @return the topics
     */
    String[] subscribe() default {};

    /**
     * How long a handler may run before the caller gets a timeout error, as an ISO-8601 duration
     * ({@code PT5S}) or a number with a unit ({@code 500ms}, {@code 5s}); empty for the default.
     *
     * @return the handler timeout
     */
    String timeout() default "";

    /**
     * Whether exceptions thrown by the bean's methods are logged on the server.
     *
     * @return true to log exceptions
     */
    boolean logExceptions() default false;

    /**
     * Exception types not logged even when {@link #logExceptions()} is on (subclasses included).
     *
     * @return the excluded types
     */
    Class<? extends Throwable>[] excludeLogExceptions() default {};
}
