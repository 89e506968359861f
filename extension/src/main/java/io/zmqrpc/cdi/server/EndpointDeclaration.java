package io.zmqrpc.cdi.server;

import io.zmqrpc.Pattern;
import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.cdi.config.Attempts;
import io.zmqrpc.cdi.config.ConfigLookup;
import io.zmqrpc.cdi.config.Durations;
import io.zmqrpc.cdi.config.Heartbeat;
import io.zmqrpc.cdi.config.Settings;
import io.zmqrpc.cdi.config.Spin;
import io.zmqrpc.cdi.security.ServerCurve;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One {@link RemoteEndpoint} bean with its attributes resolved: override keys and placeholders
 * applied, durations parsed. Made by {@link #read}, which reports every problem it finds.
 *
 * @param beanClass the bean class
 * @param name the configuration name
 * @param pattern the pattern
 * @param bind the bind endpoints
 * @param connect the connect endpoints
 * @param namespace the namespace, or empty
 * @param subscribe the pub/sub topics
 * @param handlerTimeout the handler timeout, or empty
 * @param logExceptions whether exceptions are logged
 * @param excludeLogExceptions exception types not logged
 * @param maxInFlight the max-in-flight override, or empty
 * @param maxMessageSize the max-message-size override, or empty
 * @param curve the CURVE settings, or empty for plaintext
 * @param heartbeat the ZMTP heartbeats, or empty for none
 * @param spin how long the socket thread looks for work before it sleeps, or empty for the default
 * @param describe whether the server answers {@code _zmqrpc.describe}
 * @param health whether the server answers {@code _zmqrpc.health}
 * @param inline whether the bean's methods run on the thread that read the request
 * @param handshakeRecovery how long a connection the server makes may wait for its handshake before
 *     it is checked for a stall, or empty for the default
 */
public record EndpointDeclaration(Class<?> beanClass, String name, Pattern pattern, List<String> bind, List<String> connect,
        String namespace, List<String> subscribe, Optional<Duration> handlerTimeout, boolean logExceptions,
        List<Class<? extends Throwable>> excludeLogExceptions, Optional<Integer> maxInFlight,
        Optional<Long> maxMessageSize, Optional<ServerCurve> curve, Optional<Heartbeat> heartbeat,
        Optional<Duration> spin, boolean describe, boolean health, boolean inline, Optional<Duration> handshakeRecovery) {

    /**
     * The key under which beans share a server: the same pattern and the same endpoints.
     *
     * @return the address key
     */
    public List<String> address() {
        List<String> key = new ArrayList<>();
        bind.stream().sorted().forEach(e -> key.add("bind " + e));
        connect.stream().sorted().forEach(e -> key.add("connect " + e));
        return key;
    }

    /**
     * Describes the bean in problem messages.
     *
     * @param beanClass the bean class
     * @return for example {@code @RemoteEndpoint bean com.example.Calculator}
     */
    public static String describe(Class<?> beanClass) {
        return "@RemoteEndpoint bean " + beanClass.getName();
    }

    /**
     * Reads a bean's declaration.
     *
     * @param beanClass the bean class
     * @param annotation its annotation
     * @param config where keys are read
     * @param problems receives each problem, naming the bean
     * @return the declaration, or empty when it has problems
     */
    public static Optional<EndpointDeclaration> read(Class<?> beanClass, RemoteEndpoint annotation, ConfigLookup config,
            Consumer<String> problems) {
        String name = annotation.name().isEmpty() ? beanClass.getSimpleName() : annotation.name();
        Settings settings = new Settings(config, "zmqrpc.server." + name);
        List<String> found = new ArrayList<>();
        RpcMethods.check(beanClass, found::add);
        List<String> bind = Attempts.attempt(found, () -> settings.list("bind", annotation.bind()));
        List<String> connect = Attempts.attempt(found, () -> settings.list("connect", annotation.connect()));
        String namespace = Attempts.attempt(found, () -> settings.text("namespace", annotation.namespace()));
        List<String> subscribe = Attempts.attempt(found, () -> Arrays.stream(annotation.subscribe())
                .map(t -> settings.text("subscribe", t)).toList());
        Duration timeout = Attempts.attempt(found, () -> duration(settings.text("timeout", annotation.timeout())));
        Boolean log = Attempts.attempt(found, () -> settings.flag("log-exceptions", annotation.logExceptions()));
        Integer maxInFlight = Attempts.attempt(found, () -> number(settings.text("max-in-flight", ""), Integer::valueOf, "max-in-flight"));
        Long maxMessageSize = Attempts.attempt(found, () -> number(settings.text("max-message-size", ""), Long::valueOf, "max-message-size"));
        Optional<ServerCurve> curve = ServerCurve.read(settings, annotation, found);
        Optional<Heartbeat> heartbeat = Heartbeat.read(settings, annotation.heartbeatInterval(),
                annotation.heartbeatTimeout(), annotation.heartbeatTtl(), found);
        Optional<Duration> spin = Spin.read(settings, found);
        Optional<Duration> recovery = Attempts.attempt(found, () -> settings.duration("handshake-recovery", null));
        Boolean describe = Attempts.attempt(found, () -> settings.flag("describe", false));
        Boolean health = Attempts.attempt(found, () -> settings.flag("health", false));
        Boolean inline = Attempts.attempt(found, () -> settings.flag("inline", annotation.inline()));
        if (bind != null && connect != null && bind.isEmpty() && connect.isEmpty()) {
            found.add("has no address: set bind or connect (or " + settings.key("bind") + ")");
        }
        found.forEach(p -> problems.accept(describe(beanClass) + ": " + p));
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EndpointDeclaration(beanClass, name, annotation.pattern(), bind, connect, namespace, subscribe,
                Optional.ofNullable(timeout), log, List.of(annotation.excludeLogExceptions()),
                Optional.ofNullable(maxInFlight), Optional.ofNullable(maxMessageSize), curve, heartbeat, spin, describe,
                health, inline, recovery));
    }

    private static Duration duration(String text) {
        return text.isEmpty() ? null : Durations.parse(text);
    }

    private static <N> N number(String text, Function<String, N> parse, String attribute) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad " + attribute + " '" + text + "': not a number");
        }
    }
}
