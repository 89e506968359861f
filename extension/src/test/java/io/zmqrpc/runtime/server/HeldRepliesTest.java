package io.zmqrpc.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.wire.ReplyHeader;
import io.zmqrpc.runtime.wire.RequestHeader;
import io.zmqrpc.runtime.wire.ValueCodec;
import io.zmqrpc.testing.LogCapture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A ROUTER drops a reply to a peer whose pipe is full; a zmqrpc server holds it instead, per peer
 * and in order, counts it as in flight, and drops it (counted) only when the peer goes away.
 * Small high-water marks, a small receive buffer and 16 MB of replies make the replies outrun a
 * client that does not read.
 */
class HeldRepliesTest {

    private static final int CALLS = 2_000;
    /** Large enough that the replies overflow the kernel's send buffer (4 MB at most here). */
    private static final byte[] PAYLOAD = new byte[8 * 1024];

    /** Echoes; {@code never} returns a stage that only a cancellation ends. */
    public static final class Service {
        final List<CompletableFuture<String>> neverEnding = new CopyOnWriteArrayList<>();

        @RpcMethod
        public Object echo(long n, byte[] payload) {
            return List.of(n, payload);
        }

        @RpcMethod
        public CompletableFuture<String> never() {
            CompletableFuture<String> stage = new CompletableFuture<>();
            neverEnding.add(stage);
            return stage;
        }
    }

    private final Service service = new Service();
    private final ZmqServer server = (ZmqServer) ZmqRpc.serveRpc(service, ServerOptions.builder()
            .name("holding").bind("tcp://127.0.0.1:*").maxInFlight(5_000).highWaterMarks(10, 10)
            .build());
    private final ZContext context = new ZContext(1);

    @AfterEach
    void close() {
        context.close();
        server.close();
    }

    @Test
    void repliesThatOutrunASlowReaderAreHeldAndAllArrive() throws Exception {
        ZMQ.Socket slow = slowReader();
        sendCalls(slow, CALLS);
        assertThat(settled(server)).as("held replies count as in flight").isGreaterThan(CALLS / 2);

        Set<Long> answered = readAll(slow, CALLS);

        assertThat(answered).hasSize(CALLS).first().isEqualTo(1L);
        assertThat(answered).last().isEqualTo((long) CALLS);
        InFlight.awaitZero(server);
        assertThat(server.repliesDropped()).isZero();
    }

    @Test
    void aSlowClientNeverHoldsUpTheRepliesToOthers() throws Exception {
        ZMQ.Socket slow = slowReader();
        sendCalls(slow, CALLS);
        assertThat(settled(server)).as("replies held for the slow client").isGreaterThan(CALLS / 2);
        try (RpcChannel other = ZmqRpc.connectRpc(ClientOptions.builder().connect(server.endpoints().get(0))
                .timeout(Duration.ofSeconds(5)).build())) {
            for (long n = 0; n < 200; n++) {
                assertThat(other.call(List.class, "echo", n, new byte[3]).get(0)).isEqualTo(n);
            }
        }
        assertThat(readAll(slow, CALLS)).hasSize(CALLS);
    }

    @Test
    void aClientThatGoesAwayHasItsHeldRepliesDroppedAndItsRunningCallsCancelled() throws Exception {
        try (LogCapture log = LogCapture.of(ZmqServer.class)) {
            ZMQ.Socket slow = slowReader();
            sendCalls(slow, CALLS);
            sendRaw(slow, CALLS + 1, "never", new Object[0]);
            await(() -> service.neverEnding.size() == 1, "the last call running");
            int held = settled(server) - 1;
            assertThat(held).as("replies held").isGreaterThan(CALLS / 2);

            context.destroySocket(slow);

            await(() -> server.inFlight() == 0, "nothing in flight once the client is gone");
            // While its connection closes, the client's pipe may still take a few of the held replies.
            long dropped = server.repliesDropped();
            assertThat(dropped).as("held replies dropped").isBetween(held - 64L, (long) held);
            assertThat(service.neverEnding.get(0).isCancelled()).as("its running call cancelled").isTrue();
            await(() -> !log.messages().isEmpty(), "the departure logged");
            assertThat(log.messages().get(0)).matches("zmqrpc holding: a client went away; dropped \\d+ replies held "
                    + "for it and cancelled 1 of its calls still running");
        }
        try (RpcChannel next = ZmqRpc.connectRpc(ClientOptions.connect(server.endpoints().get(0)))) {
            assertThat(next.call(List.class, "echo", 7, new byte[1]).get(0)).isEqualTo(7L);
        }
    }

    @Test
    void memoryStaysBoundedAtMaxInFlight() throws Exception {
        ZmqServer bounded = (ZmqServer) ZmqRpc.serveRpc(new Service(), ServerOptions.builder()
                .name("bounded").bind("tcp://127.0.0.1:*").maxInFlight(100).highWaterMarks(10, 10).build());
        try {
            ZMQ.Socket slow = slowReader(bounded.endpoints().get(0));
            slow.setSndHWM(10);
            slow.setSendBufferSize(32 * 1024);
            // One round trip first, so that the connection is made before the client sends without
            // waiting (a connection still handshaking would refuse the sends as a full one does).
            sendRaw(slow, 0, "echo", new Object[] {0L, PAYLOAD});
            slow.setReceiveTimeOut(30_000);
            assertThat(slow.recv()).as("the first reply").isNotNull();
            slow.recv();
            // Send without waiting until the socket refuses: the server stops reading at its
            // bound, and TCP pushes back on the client.
            int sent = 0;
            for (long idle = System.nanoTime(); System.nanoTime() - idle < TimeUnit.MILLISECONDS.toNanos(500); ) {
                if (trySend(slow, sent + 1)) {
                    sent++;
                    idle = System.nanoTime();
                }
            }
            assertThat(sent).as("the client was pushed back").isLessThan(CALLS);
            assertThat(settled(bounded)).as("the server at its bound, and no further").isEqualTo(100);

            // One thread, one socket: read what comes, send the rest as room opens.
            Set<Long> answered = new TreeSet<>();
            slow.setReceiveTimeOut(0);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (answered.size() < CALLS && System.nanoTime() < deadline) {
                if (sent < CALLS && trySend(slow, sent + 1)) {
                    sent++;
                }
                byte[] header = slow.recv(ZMQ.DONTWAIT);
                if (header != null) {
                    answered.add((long) ReplyHeader.decode(header).requestId());
                    slow.recv();
                }
            }
            assertThat(answered).hasSize(CALLS);
            InFlight.awaitZero(bounded);
        } finally {
            bounded.close();
        }
    }

    private static boolean trySend(ZMQ.Socket socket, int id) {
        if (!socket.send(new RequestHeader(1, 2, id, 0.0).encode(), ZMQ.DONTWAIT | ZMQ.SNDMORE)) {
            return false;
        }
        socket.send("echo".getBytes(StandardCharsets.UTF_8), ZMQ.SNDMORE);
        socket.send(ValueCodec.DEFAULT.encodeArgs(List.of((long) id, PAYLOAD)), ZMQ.SNDMORE);
        socket.send(ValueCodec.DEFAULT.encodeKwargs(Map.of()), 0);
        return true;
    }

    // ---- a client that does not read until told to

    private ZMQ.Socket slowReader() {
        return slowReader(server.endpoints().get(0));
    }

    private ZMQ.Socket slowReader(String endpoint) {
        ZMQ.Socket socket = context.createSocket(SocketType.DEALER);
        socket.setLinger(0);
        // A raw JeroMQ socket has no handshake recovery: a stalled connection is redone after 2 s.
        socket.setHandshakeIvl(2_000);
        socket.setRcvHWM(10);
        socket.setReceiveBufferSize(32 * 1024);
        socket.connect(endpoint);
        return socket;
    }

    /**
     * The server's calls in flight once they stop changing: the calls are answered at once, so
     * what stays in flight is held (what pipes and kernel buffers took has left).
     */
    private static int settled(RpcServer server) throws InterruptedException {
        int last = -1;
        for (int stable = 0; stable < 30; ) {
            Thread.sleep(10);
            int now = server.inFlight();
            stable = now == last ? stable + 1 : 0;
            last = now;
        }
        return last;
    }

    private static void sendCalls(ZMQ.Socket socket, int count) {
        for (long n = 1; n <= count; n++) {
            sendRaw(socket, (int) n, "echo", new Object[] {n, PAYLOAD});
        }
    }

    private static void sendRaw(ZMQ.Socket socket, int id, String name, Object[] args) {
        socket.send(new RequestHeader(1, 2, id, 0.0).encode(), ZMQ.SNDMORE);
        socket.send(name.getBytes(StandardCharsets.UTF_8), ZMQ.SNDMORE);
        socket.send(ValueCodec.DEFAULT.encodeArgs(Arrays.asList(args)), ZMQ.SNDMORE);
        socket.send(ValueCodec.DEFAULT.encodeKwargs(Map.of()), 0);
    }

    /** Reads replies until {@code count} arrived; each must answer its own request. */
    private static Set<Long> readAll(ZMQ.Socket socket, int count) {
        socket.setReceiveTimeOut(10_000);
        Set<Long> answered = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            byte[] header = socket.recv();
            assertThat(header).as("reply %d of %d", i + 1, count).isNotNull();
            byte[] body = socket.recv();
            int id = ReplyHeader.decode(header).requestId();
            List<?> reply = (List<?>) ValueCodec.DEFAULT.decode(body);
            assertThat(reply.get(0)).isEqualTo((long) id);
            assertThat((byte[]) reply.get(1)).hasSize(PAYLOAD.length);
            assertThat(answered.add((long) id)).as("reply to %d once", id).isTrue();
        }
        return answered;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as("waited for: %s", what).isTrue();
            Thread.sleep(5);
        }
    }
}
