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
 * {@link io.zmqrpc.RpcClient}, {@link io.zmqrpc.PipelineClient} or {@link io.zmqrpc.PubSubClient}.
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
    }
}
