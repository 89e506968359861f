package io.zmqrpc.cdi.client;

import io.zmqrpc.Pattern;
import io.zmqrpc.cdi.config.Attempts;
import io.zmqrpc.cdi.config.ConfigLookup;
import io.zmqrpc.cdi.config.Durations;
import io.zmqrpc.cdi.config.Heartbeat;
import io.zmqrpc.cdi.config.Settings;
import io.zmqrpc.cdi.config.Spin;
import io.zmqrpc.cdi.security.ClientCurve;
import io.zmqrpc.inject.RpcClient;
import io.zmqrpc.runtime.ClientOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One {@link RpcClient} injection point with its attributes resolved.
 *
 * @param type the injected type: an interface, or one of the dynamic client types
 * @param name the configuration name
 * @param pattern the pattern
 * @param connect the connect endpoints
 * @param bind the bind endpoints
 * @param timeout the call timeout, or empty for the default
 * @param namespace the namespace prefix of a typed proxy
 * @param topic the topic of a typed pub/sub proxy
 * @param curve the CURVE settings, or empty for plaintext
 * @param heartbeat the ZMTP heartbeats, or empty for none
 * @param spin how long the socket thread looks for work before it sleeps, or empty for the default
 * @param maxPendingCalls how many calls the connection holds for its peers, or empty for the default
 * @param handshakeRecovery how long a connection may wait for its handshake before it is checked for a
 *     stall, or empty for the default
 * @param uninterruptedCallers whether the application promises that the threads calling this client are
 *     never interrupted, so that they may send their own requests and read their own replies
 * @param callContext whether request/reply calls carry the call-context frame (deadline, trace context)
 * @param inheritDeadline whether a call takes the earlier of its timeout and its thread's deadline
 */
public record ClientDeclaration(Class<?> type, String name, Pattern pattern, List<String> connect, List<String> bind,
        Optional<Duration> timeout, String namespace, String topic, Optional<ClientCurve> curve,
        Optional<Heartbeat> heartbeat, Optional<Duration> spin, Optional<Integer> maxPendingCalls,
        Optional<Duration> handshakeRecovery, boolean uninterruptedCallers, boolean callContext,
        boolean inheritDeadline) {

    /**
     * The same declaration with another call timeout.
     *
     * @param callTimeout the timeout
     * @return the declaration
     */
    public ClientDeclaration withTimeout(Duration callTimeout) {
        return new ClientDeclaration(type, name, pattern, connect, bind, Optional.of(callTimeout), namespace, topic,
                curve, heartbeat, spin, maxPendingCalls, handshakeRecovery, uninterruptedCallers, callContext,
                inheritDeadline);
    }

    /**
     * The connection key: clients with equal keys share one socket, so it holds everything set
     * on the socket or its connection (a client with other CURVE keys, heartbeats, spin, bound on
     * pending calls, handshake recovery, callers' promise, call context or deadline inheritance gets a
     * connection of its own).
     *
     * @return the key
     */
    public List<Object> connectionKey() {
        return List.of(pattern, connect, bind, curve, heartbeat, spin, maxPendingCalls, handshakeRecovery,
                uninterruptedCallers, callContext, inheritDeadline);
    }

    /**
     * Sets what the declaration says of its connection on a client's options: the endpoints, CURVE,
     * heartbeats and the settings only keys give.
     *
     * @param options the options, with the name and what every client shares
     * @return the same builder
     */
    public ClientOptions.Builder applyTo(ClientOptions.Builder options) {
        options.connect(connect.toArray(String[]::new)).bind(bind.toArray(String[]::new));
        curve.ifPresent(c -> c.applyTo(options));
        heartbeat.ifPresent(h -> h.applyTo(options));
        spin.ifPresent(options::spin);
        maxPendingCalls.ifPresent(options::maxPendingCalls);
        handshakeRecovery.ifPresent(options::handshakeRecovery);
        return options.uninterruptedCallers(uninterruptedCallers).callContext(callContext)
                .inheritDeadline(inheritDeadline);
    }

    /**
     * Reads an injection point's declaration.
     *
     * @param point the injection point
     * @param config where keys are read
     * @param problems receives each problem, naming the injection point
     * @return the declaration, or empty when it has problems
     */
    public static Optional<ClientDeclaration> read(ClientPoint point, ConfigLookup config, Consumer<String> problems) {
        List<String> found = new ArrayList<>();
        RpcClient annotation = point.annotation();
        Class<?> type = point.type() instanceof Class<?> c && c.isInterface() ? c : null;
        if (type == null) {
            found.add("type " + point.type().getTypeName() + " is not an interface");
        }
        String name = annotation.name().isEmpty() && type != null ? type.getSimpleName() : annotation.name();
        Settings settings = new Settings(config, "zmqrpc.client." + name);
        List<String> connect = Attempts.attempt(found, () -> settings.list("connect", annotation.connect()));
        List<String> bind = Attempts.attempt(found, () -> settings.list("bind", annotation.bind()));
        String timeoutText = Attempts.attempt(found, () -> settings.text("timeout", annotation.timeout()));
        Duration timeout = timeoutText == null || timeoutText.isEmpty() ? null
                : Attempts.attempt(found, () -> Durations.parse(timeoutText));
        String namespace = Attempts.attempt(found, () -> settings.text("namespace", annotation.namespace()));
        String topic = Attempts.attempt(found, () -> settings.text("topic", annotation.topic()));
        Optional<ClientCurve> curve = ClientCurve.read(settings, annotation, found);
        Optional<Heartbeat> heartbeat = Heartbeat.read(settings, annotation.heartbeatInterval(),
                annotation.heartbeatTimeout(), annotation.heartbeatTtl(), found);
        Optional<Duration> spin = Spin.read(settings, found);
        Optional<Integer> maxPending = Attempts.attempt(found, () -> settings.count("max-pending-calls"));
        Optional<Duration> recovery = Attempts.attempt(found, () -> settings.duration("handshake-recovery", null));
        Boolean uninterrupted = Attempts.attempt(found, () -> settings.flag("uninterrupted-callers", false));
        Boolean callContext = Attempts.attempt(found, () -> settings.flag("call-context", true));
        Boolean inheritDeadline = Attempts.attempt(found, () -> settings.flag("inherit-deadline", true));
        if (connect != null && bind != null && connect.isEmpty() && bind.isEmpty()) {
            found.add("has no address: set connect or bind (or " + settings.key("connect") + ")");
        }
        found.forEach(p -> problems.accept(point.description() + ": " + p));
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClientDeclaration(type, name, annotation.pattern(), connect, bind,
                Optional.ofNullable(timeout), namespace, topic, curve, heartbeat, spin, maxPending, recovery,
                uninterrupted, callContext, inheritDeadline));
    }
}
