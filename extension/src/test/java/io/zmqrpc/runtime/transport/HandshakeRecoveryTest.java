package io.zmqrpc.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Which sockets get handshake recovery (those that connect over TCP, whatever else watches their
 * monitor), and that the wrapper leaves everything else to the wrapped listener.
 */
class HandshakeRecoveryTest {

    private static final SocketLoop.Listener PLAIN = frames -> { };
    private static final List<String> TCP = List.of("tcp://127.0.0.1:5555");

    /** Records what the loop handed it. */
    private static final class Recording implements SocketLoop.Listener {
        final List<Object> calls = new ArrayList<>();

        @Override
        public void onMessage(byte[][] frames) {
            calls.add(List.of("onMessage", frames));
        }

        @Override
        public void afterReads() {
            calls.add("afterReads");
        }

        @Override
        public boolean readable() {
            calls.add("readable");
            return false;
        }

        @Override
        public void onTick(long nanoTime) {
            calls.add(List.of("onTick", nanoTime));
        }

        @Override
        public void opening(ZMQ.Socket socket, SocketMonitor monitor) {
            calls.add(List.of("opening", socket, monitor));
            // The listener's own watcher: the socket's one monitor serves it and the recovery both.
            monitor.watch(ZMQ.EVENT_ACCEPTED, event -> { });
        }

        @Override
        public void onSent(int count) {
            calls.add(List.of("onSent", count));
        }

        @Override
        public void onPeerGone(byte[] identity, int dropped) {
            calls.add(List.of("onPeerGone", identity, dropped));
        }
    }

    @Test
    void aSocketConnectingOverTcpWatchesTheMonitorBesideTheListener() {
        Recording listener = new Recording();
        SocketLoop.Listener wrapped = HandshakeRecovery.around(config(List.of(), TCP), listener);
        assertThat(wrapped).isInstanceOf(HandshakeRecovery.class);

        try (ZContext context = new ZContext(1)) {
            ZMQ.Socket socket = context.createSocket(SocketType.DEALER);
            SocketMonitor monitor = new SocketMonitor("test");
            try {
                wrapped.opening(socket, monitor);
                assertThat(listener.calls).containsExactly(List.of("opening", socket, monitor));
                monitor.start(context, socket);
                assertThatThrownBy(() -> monitor.watch(ZMQ.EVENT_CONNECTED, event -> { }))
                        .as("the monitor runs, with the listener's and the recovery's watchers")
                        .isInstanceOf(IllegalStateException.class);
            } finally {
                monitor.close(context);
            }
        }
    }

    @Test
    void everythingElseIsTheWrappedListeners() {
        Recording listener = new Recording();
        SocketLoop.Listener wrapped = HandshakeRecovery.around(config(List.of(), TCP), listener);
        byte[][] frames = {{1}, {2}};
        byte[] identity = {7};

        wrapped.onMessage(frames);
        wrapped.afterReads();
        assertThat(wrapped.readable()).isFalse();
        wrapped.onTick(42);
        wrapped.onSent(3);
        wrapped.onPeerGone(identity, 5);

        assertThat(listener.calls).containsExactly(List.of("onMessage", frames), "afterReads", "readable",
                List.of("onTick", 42L), List.of("onSent", 3), List.of("onPeerGone", identity, 5));
    }

    @Test
    void aSocketThatOnlyBindsOrConnectsInProcessIsNot() {
        assertThat(HandshakeRecovery.around(config(List.of("tcp://127.0.0.1:*"), List.of()), PLAIN)).isSameAs(PLAIN);
        assertThat(HandshakeRecovery.around(config(List.of(), List.of("inproc://x")), PLAIN)).isSameAs(PLAIN);
    }

    @Test
    void recoveryOffLeavesTheListenerAlone() {
        SocketConfig off = new SocketConfig("test", SocketType.DEALER,
                SocketSettings.builder().connect(TCP).handshakeRecovery(Duration.ZERO).build());

        assertThat(HandshakeRecovery.around(off, PLAIN)).isSameAs(PLAIN);
    }

    @Test
    void recoveryIsOnByDefaultFor100MsAndKeptByToBuilder() {
        assertThat(SocketSettings.DEFAULT.handshakeRecovery()).isEqualTo(Duration.ofMillis(100));
        assertThat(SocketSettings.builder().handshakeRecovery(Duration.ofMillis(250)).build().toBuilder().build()
                .handshakeRecovery()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void theWrapperSleepsNoLongerThanTheListenerWantsWhenNoConnectionWaits() {
        SocketLoop.Listener ticking = new SocketLoop.Listener() {
            @Override
            public void onMessage(byte[][] frames) {
            }

            @Override
            public long pollTimeoutMillis() {
                return 10;
            }
        };

        assertThat(HandshakeRecovery.around(config(List.of(), TCP), ticking).pollTimeoutMillis()).isEqualTo(10);
        assertThat(HandshakeRecovery.around(config(List.of(), TCP), PLAIN).pollTimeoutMillis()).isEqualTo(-1);
    }

    private static SocketConfig config(List<String> bind, List<String> connect) {
        return new SocketConfig("test", SocketType.DEALER, SocketSettings.builder().bind(bind).connect(connect).build());
    }

    @Test
    void theWrapperPassesOnEveryListenerMethod() {
        // The listener's methods have defaults: one the wrapper did not override would answer
        // with the default instead of the wrapped listener's (awaitsInput once did, waking the
        // client's socket thread after every blocking call).
        for (java.lang.reflect.Method method : SocketLoop.Listener.class.getMethods()) {
            assertThat(declares(method)).as("HandshakeRecovery overrides %s", method.getName()).isTrue();
        }
    }

    private static boolean declares(java.lang.reflect.Method method) {
        try {
            HandshakeRecovery.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
