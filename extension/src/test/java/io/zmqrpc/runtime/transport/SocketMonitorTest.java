package io.zmqrpc.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * One monitor per socket, several watchers: each gets the events it asked for and no other, on
 * the socket's loop thread, from the first connection on; a failing watcher stops neither the
 * others nor the socket.
 */
class SocketMonitorTest {

    private static final long WAIT_SECONDS = 10;

    /** Records events and the thread they arrived on. */
    private static final class Recorder implements SocketMonitor.Watcher {
        final BlockingQueue<SocketMonitor.Event> events = new LinkedBlockingQueue<>();
        final BlockingQueue<String> threads = new LinkedBlockingQueue<>();

        @Override
        public void onEvent(SocketMonitor.Event event) {
            threads.add(Thread.currentThread().getName());
            events.add(event);
        }

        SocketMonitor.Event next() throws InterruptedException {
            SocketMonitor.Event event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(event).as("an event within %d s", WAIT_SECONDS).isNotNull();
            return event;
        }
    }

    /** A ROUTER whose monitor has the given watchers, added while it opens. */
    private static SocketLoop router(String name, Consumer<SocketMonitor> watchers) {
        return SocketLoop.start(new SocketConfig(name, SocketType.ROUTER,
                SocketSettings.builder().bind(List.of("tcp://127.0.0.1:*")).build()), new SocketLoop.Listener() {
                    @Override
                    public void onMessage(byte[][] frames) {
                    }

                    @Override
                    public void opening(ZMQ.Socket socket, SocketMonitor monitor) {
                        watchers.accept(monitor);
                    }
                });
    }

    private static SocketLoop dealer(String endpoint) {
        return SocketLoop.start(new SocketConfig("monitor-test-peer", SocketType.DEALER,
                SocketSettings.builder().connect(List.of(endpoint)).build()), frames -> { });
    }

    @Test
    void eachWatcherGetsItsOwnEventsOnTheLoopThread() throws Exception {
        Recorder listening = new Recorder();
        Recorder connections = new Recorder();
        Recorder accepted = new Recorder();
        SocketLoop server = router("monitor-test-server", monitor -> {
            monitor.watch(ZMQ.EVENT_LISTENING, listening);
            monitor.watch(ZMQ.EVENT_ACCEPTED | ZMQ.EVENT_DISCONNECTED, connections);
            monitor.watch(ZMQ.EVENT_ACCEPTED, accepted);
        });
        try {
            String endpoint = server.endpoints().get(0);
            // Asked for before the socket bound: the monitor sees its very first event.
            SocketMonitor.Event listened = listening.next();
            assertThat(listened).isEqualTo(new SocketMonitor.Event(ZMQ.EVENT_LISTENING, endpoint,
                    OptionalInt.empty(), listened.channel()));
            assertThat(listened.channel()).as("the listener's channel").isInstanceOf(ServerSocketChannel.class);
            SocketLoop peer = dealer(endpoint);
            try {
                SocketMonitor.Event first = connections.next();
                assertThat(first.type()).isEqualTo(ZMQ.EVENT_ACCEPTED);
                assertThat(first.address()).startsWith("tcp://127.0.0.1:");
                assertThat(first.channel()).as("the accepted connection's channel").isInstanceOf(SocketChannel.class);
                assertThat(accepted.next().type()).isEqualTo(ZMQ.EVENT_ACCEPTED);
            } finally {
                peer.close(Duration.ZERO);
            }
            assertThat(connections.next().type()).isEqualTo(ZMQ.EVENT_DISCONNECTED);
            assertThat(accepted.events.poll(200, TimeUnit.MILLISECONDS)).as("no DISCONNECTED for ACCEPTED only").isNull();
            assertThat(listening.events).as("LISTENING only once").isEmpty();
            assertThat(List.of(listening.threads, connections.threads, accepted.threads))
                    .allSatisfy(threads -> assertThat(threads).containsOnly("zmqrpc-monitor-test-server"));
        } finally {
            server.close(Duration.ZERO);
        }
    }

    @Test
    void aFailingWatcherStopsNeitherTheOthersNorTheSocket() throws Exception {
        Recorder survivor = new Recorder();
        SocketLoop server = router("monitor-test-failing", monitor -> {
            monitor.watch(ZMQ.EVENT_ACCEPTED, event -> {
                throw new IllegalStateException("watcher failure for the test");
            });
            monitor.watch(ZMQ.EVENT_ACCEPTED, survivor);
        });
        try {
            String endpoint = server.endpoints().get(0);
            SocketLoop first = dealer(endpoint);
            SocketLoop second = dealer(endpoint);
            try {
                assertThat(survivor.next().type()).isEqualTo(ZMQ.EVENT_ACCEPTED);
                assertThat(survivor.next().type()).isEqualTo(ZMQ.EVENT_ACCEPTED);
                CompletableFuture<Boolean> command = new CompletableFuture<>();
                server.execute(socket -> command.complete(true));
                assertThat(command.get(WAIT_SECONDS, TimeUnit.SECONDS)).as("the loop still runs").isTrue();
            } finally {
                first.close(Duration.ZERO);
                second.close(Duration.ZERO);
            }
        } finally {
            server.close(Duration.ZERO);
        }
    }

    /**
     * JeroMQ sends monitor events with a blocking send on the I/O thread the process shares: a
     * socket closed before its handshake event is sent must not leave that thread blocked on a
     * monitor nobody reads (the server would then see no disconnect, nor anything else).
     */
    @Test
    void aSocketClosedWhileItsHandshakeCompletesLeavesTheIoThreadFree() throws Exception {
        Recorder connections = new Recorder();
        SocketLoop server = router("monitor-test-closing", monitor ->
                monitor.watch(ZMQ.EVENT_ACCEPTED | ZMQ.EVENT_DISCONNECTED, connections));
        try {
            String endpoint = server.endpoints().get(0);
            for (int i = 0; i < 50; i++) {
                SocketLoop peer = SocketLoop.start(new SocketConfig("monitor-test-closing-peer", SocketType.DEALER,
                        SocketSettings.builder().connect(List.of(endpoint)).build()), new SocketLoop.Listener() {
                            @Override
                            public void onMessage(byte[][] frames) {
                            }

                            @Override
                            public void opening(ZMQ.Socket socket, SocketMonitor monitor) {
                                monitor.watch(ZMQ.EVENT_HANDSHAKE_PROTOCOL, event -> { });
                            }
                        });
                assertThat(connections.next().type()).isEqualTo(ZMQ.EVENT_ACCEPTED);
                // Closed at once: the peer's handshake event usually comes while it closes.
                peer.close(Duration.ZERO);
                assertThat(connections.next().type()).as("connection %d", i).isEqualTo(ZMQ.EVENT_DISCONNECTED);
            }
        } finally {
            server.close(Duration.ZERO);
        }
    }

    @Test
    void watchersAskForSomeEventAndOnlyWhileTheSocketOpens() throws Exception {
        CompletableFuture<SocketMonitor> kept = new CompletableFuture<>();
        SocketLoop server = router("monitor-test-late", monitor -> {
            assertThatThrownBy(() -> monitor.watch(0, event -> { }))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("monitor-test-late: a monitor watcher must ask for some event");
            monitor.watch(ZMQ.EVENT_ACCEPTED, event -> { });
            kept.complete(monitor);
        });
        try {
            assertThatThrownBy(() -> kept.get().watch(ZMQ.EVENT_ACCEPTED, event -> { }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("monitor-test-late: watchers are added while the socket opens, not later");
        } finally {
            server.close(Duration.ZERO);
        }
    }
}
