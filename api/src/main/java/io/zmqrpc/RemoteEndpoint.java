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

    /**
     * CURVE: the server's secret key, 40 characters of Z85; when set (or {@link #curveSecretKeyFile()}),
     * every connection is encrypted and only clients knowing the server's public key complete the
     * handshake. Prefer a placeholder ({@code ${calc.curve.secret}}) or a key file to a literal.
     *
     * @return the secret key, or empty for plaintext
     * @since 1.0
     */
    String curveSecretKey() default "";

    /**
     * CURVE: a key file (ZeroMQ certificate format, {@code secret-key = "..."}) holding the
     * server's secret key; read at deployment.
     *
     * @return the file path, or empty
     * @since 1.0
     */
    String curveSecretKeyFile() default "";

    /**
     * CURVE: the public keys (Z85) of the clients admitted; empty admits every client that knows
     * the server's public key. Needs a secret key.
     *
     * @return the allowed client public keys
     * @since 1.0
     */
    String[] curveAllowedClients() default {};

    /**
     * ZMTP heartbeat interval (a ping every interval, so a silently dead peer is detected), as a
     * duration text like {@link #timeout()}; empty for no heartbeats.
     *
     * @return the interval
     * @since 1.0
     */
    String heartbeatInterval() default "";

    /**
     * ZMTP heartbeat timeout: a peer silent this long is disconnected; empty for the interval.
     *
     * @return the timeout
     * @since 1.0
     */
    String heartbeatTimeout() default "";

    /**
     * ZMTP heartbeat TTL announced to peers; empty for none.
     *
     * @return the TTL
     * @since 1.0
     */
    String heartbeatTtl() default "";

    /**
     * Runs every method of the bean on the thread that read the request, as if each were declared
     * {@link RpcMethod#inline()}; {@code zmqrpc.server.<name>.inline} overrides it. Only for beans
     * whose methods never block: one that blocks holds up every call on the socket.
     *
     * @return true to run the bean's methods inline
     * @since 1.1
     */
    boolean inline() default false;
}
