package io.zmqrpc.inject;

import io.zmqrpc.Pattern;
import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * CDI qualifier for injecting a zmqrpc client: a typed proxy of an interface, or a dynamic
 * {@link io.zmqrpc.RpcChannel}, {@link io.zmqrpc.PipelineClient} or {@link io.zmqrpc.PubSubClient}.
 *
 * <p>Clients with the same configuration share one underlying connection; all are closed when the
 * container shuts down. Attribute values may contain {@code ${key}} / {@code ${key:default}}
 * placeholders, and {@code zmqrpc.client.<name>.<attribute>} overrides an attribute by key.
 * An injection point whose configuration cannot be satisfied (no address, a bad timeout) fails the
 * deployment with a message naming it.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface RpcClient {

    /**
     * Endpoints to connect to; with several, requests are spread round-robin.
     *
     * @return the connect endpoints
     */
    @Nonbinding String[] connect() default {};

    /**
     * Endpoints to bind (the server side then connects to the client).
     *
     * @return the bind endpoints
     */
    @Nonbinding String[] bind() default {};

    /**
     * The name used in configuration keys ({@code zmqrpc.client.<name>.connect}); empty means the
     * injected type's simple name.
     *
     * @return the configuration name
     */
    @Nonbinding String name() default "";

    /**
     * Call timeout, ISO-8601 ({@code PT2S}) or a number with a unit ({@code 500ms}, {@code 2s});
     * empty for the default.
     *
     * @return the timeout
     */
    @Nonbinding String timeout() default "";

    /**
     * Namespace prefix for the remote names of a typed proxy.
     *
     * @return the namespace
     */
    @Nonbinding String namespace() default "";

    /**
     * The pattern: request/reply (default), pipeline or pub/sub.
     *
     * @return the pattern
     */
    @Nonbinding Pattern pattern() default Pattern.RPC;

    /**
     * For a typed pub/sub proxy: the topic its calls are published on.
     *
     * @return the topic
     */
    @Nonbinding String topic() default "";

    /**
     * CURVE: the client's public key (Z85); with {@link #curveSecretKey()} and
     * {@link #curveServerKey()} (or the key files) makes the connection a CURVE client.
     *
     * @return the public key, or empty
     * @since 1.0
     */
    @Nonbinding String curvePublicKey() default "";

    /**
     * CURVE: the client's secret key (Z85). Prefer a placeholder or {@link #curveKeyFile()}.
     *
     * @return the secret key, or empty
     * @since 1.0
     */
    @Nonbinding String curveSecretKey() default "";

    /**
     * CURVE: the server's public key (Z85).
     *
     * @return the server's public key, or empty
     * @since 1.0
     */
    @Nonbinding String curveServerKey() default "";

    /**
     * CURVE: a key file (ZeroMQ certificate format) holding the client's public and secret keys.
     *
     * @return the file path, or empty
     * @since 1.0
     */
    @Nonbinding String curveKeyFile() default "";

    /**
     * CURVE: a key file holding the server's public key.
     *
     * @return the file path, or empty
     * @since 1.0
     */
    @Nonbinding String curveServerKeyFile() default "";

    /**
     * ZMTP heartbeat interval, a duration text like {@link #timeout()}; empty for no heartbeats.
     *
     * @return the interval
     * @since 1.0
     */
    @Nonbinding String heartbeatInterval() default "";

    /**
     * ZMTP heartbeat timeout: a server silent this long is disconnected; empty for the interval.
     *
     * @return the timeout
     * @since 1.0
     */
    @Nonbinding String heartbeatTimeout() default "";

    /**
     * ZMTP heartbeat TTL announced to the server; empty for none.
     *
     * @return the TTL
     * @since 1.0
     */
    @Nonbinding String heartbeatTtl() default "";

    /** A literal of the qualifier with every attribute at its default, for programmatic lookup. */
    final class Literal extends jakarta.enterprise.util.AnnotationLiteral<RpcClient> implements RpcClient {
        private static final long serialVersionUID = 1L;

        /** The shared instance. */
        public static final Literal INSTANCE = new Literal();

        private Literal() {
        }

        @Override public String[] connect() { return new String[0]; }
        @Override public String[] bind() { return new String[0]; }
        @Override public String name() { return ""; }
        @Override public String timeout() { return ""; }
        @Override public String namespace() { return ""; }
        @Override public Pattern pattern() { return Pattern.RPC; }
        @Override public String topic() { return ""; }
        @Override public String curvePublicKey() { return ""; }
        @Override public String curveSecretKey() { return ""; }
        @Override public String curveServerKey() { return ""; }
        @Override public String curveKeyFile() { return ""; }
        @Override public String curveServerKeyFile() { return ""; }
        @Override public String heartbeatInterval() { return ""; }
        @Override public String heartbeatTimeout() { return ""; }
        @Override public String heartbeatTtl() { return ""; }
    }
}
