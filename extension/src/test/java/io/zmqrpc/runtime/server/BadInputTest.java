package io.zmqrpc.runtime.server;

import static io.zmqrpc.runtime.server.RawDealer.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.server.fixtures.Failing;
import io.zmqrpc.runtime.wire.ReplyHeader;
import io.zmqrpc.runtime.wire.ValueCodec;
import io.zmqrpc.testing.LogCapture;
import io.zmqrpc.testing.Loopback;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed messages on a live server get no reply (as with aiozmq), are logged at a bounded rate,
 * and never disturb the other clients; a request whose header and name decode but whose arguments
 * do not is answered with aiozmq's ParametersError (zmqrpc's extension, PROTOCOL.md).
 */
class BadInputTest {

    private static final Duration QUIET = Duration.ofMillis(300);
    private static final java.util.regex.Pattern SUPPRESSED =
            java.util.regex.Pattern.compile("\\((\\d+) similar messages suppressed\\)");

    private final Loopback loop = Loopback.serve(new Failing());
    private final RawDealer raw = new RawDealer(loop.endpoint());

    @AfterEach
    void close() {
        raw.close();
        loop.close();
    }

    @Test
    void malformedMessagesGetNoReply() throws InterruptedException {
        byte[] args = hex("920102");
        byte[] kwargs = hex("80");
        List<byte[][]> bad = List.of(
                new byte[][] {raw.header()},
                new byte[][] {raw.header(), utf8("add")},
                new byte[][] {raw.header(), utf8("add"), args},
                new byte[][] {new byte[10], utf8("add"), args, kwargs},
                new byte[][] {raw.header(), hex("fffe"), args, kwargs});
        for (byte[][] message : bad) {
            raw.send(message);
            assertThat(raw.receive(QUIET)).as("reply to %s", describe(message)).isNull();
        }

        byte[] header = raw.header();
        raw.send(header, utf8("add"), args, kwargs);
        byte[][] reply = raw.receive(Duration.ofSeconds(30));

        assertThat(reply).as("the same socket is still served").hasNumberOfRows(2);
        assertThat(ReplyHeader.decode(reply[0]).requestId()).isEqualTo(ReplyHeader.requestIdOf(pad(header)));
        assertThat(ReplyHeader.decode(reply[0]).error()).isFalse();
        assertThat(ValueCodec.DEFAULT.decode(reply[1])).isEqualTo(3L);
        InFlight.awaitZero(loop.server());
    }

    @Test
    void undecodableArgumentsAreAnsweredWithParametersError() throws InterruptedException {
        byte[] args = hex("920102");
        byte[] kwargs = hex("80");
        Map<byte[][], String> cases = new LinkedHashMap<>();
        cases.put(new byte[][] {hex("c1"), kwargs}, "invalid msgpack: byte 0xc1 is never used");
        cases.put(new byte[][] {hex("ddffffffff"), kwargs},
                "array of 4294967295 elements exceeds the limit of 1000000");
        cases.put(new byte[][] {hex("9201"), kwargs}, "array declares 2 elements but only 1 bytes remain");
        cases.put(new byte[][] {hex("81a16101"), kwargs}, "positional arguments must be a msgpack array, got map");
        cases.put(new byte[][] {args, hex("920102")}, "keyword arguments must be a msgpack map, got array");
        cases.put(new byte[][] {args, hex("810101")}, "keyword argument names must be str, got int");
        for (Map.Entry<byte[][], String> c : cases.entrySet()) {
            byte[] header = raw.header();
            raw.send(header, utf8("add"), c.getKey()[0], c.getKey()[1]);
            byte[][] reply = raw.receive(Duration.ofSeconds(30));
            String problem = c.getValue();
            assertThat(reply).as("reply to %s", problem).hasNumberOfRows(2);
            assertThat(ReplyHeader.decode(reply[0]).requestId()).isEqualTo(ReplyHeader.requestIdOf(pad(header)));
            assertThat(ReplyHeader.decode(reply[0]).error()).as(problem).isTrue();
            String typeError = "TypeError('cannot decode the arguments: " + problem + "')";
            assertThat(ValueCodec.DEFAULT.decode(reply[1])).as(problem).isEqualTo(List.of(
                    "aiozmq.rpc.base.ParametersError", List.of(typeError), "ParametersError(\"" + typeError + "\")"));
        }
        InFlight.awaitZero(loop.server());
    }

    @Test
    void aFloodIsLoggedAtABoundedRateWhileOthersAreServed() throws Exception {
        try (LogCapture log = LogCapture.of(ZmqServer.class)) {
            long start = System.nanoTime();
            AtomicBoolean flooding = new AtomicBoolean(true);
            CompletableFuture<List<Long>> wellBehaved = CompletableFuture.supplyAsync(() -> {
                List<Long> wrong = new ArrayList<>();
                for (long i = 0; flooding.get() || i < 20; i++) {
                    long sum = loop.client().call(Long.class, "add", i, 1);
                    if (sum != i + 1) {
                        wrong.add(i);
                    }
                }
                return wrong;
            });
            int sent = flood(raw);
            awaitAnswered(raw);
            flooding.set(false);
            assertThat(wellBehaved.get(120, TimeUnit.SECONDS)).as("wrong answers during the flood").isEmpty();
            awaitTakenIn(raw, loop.server());

            assertCountedPastTheInterval(log, raw, loop.server(), sent, start);
        }
    }

    /**
     * What a stalled handshake of the raw dealer once did to the test above (JeroMQ 0.6; a raw socket
     * redoes it only after its 2 s handshake interval): the whole flood reached the server seconds
     * after it was sent, at once, so that a message sent "past the interval" by the clock of the
     * sender arrived within the same interval and was suppressed too. Here the server starts only
     * once the flood was sent; the count still comes with the line after the interval.
     */
    @Test
    void aFloodThatReachesTheServerLateIsCountedInTheLineAfterIt() throws Exception {
        String endpoint = "tcp://127.0.0.1:" + freePort();
        try (RawDealer late = new RawDealer(endpoint); LogCapture log = LogCapture.of(ZmqServer.class)) {
            long start = System.nanoTime();
            // Nobody listens yet: the dealer's pipe keeps the flood (its high-water mark is 1,000 messages).
            int sent = flood(late);
            try (RpcServer server = ZmqRpc.serveRpc(new Failing(),
                    ServerOptions.builder().name("test-server").bind(endpoint).build())) {
                awaitTakenIn(late, server);
                assertCountedPastTheInterval(log, late, server, sent, start);
            }
        }
    }

    /**
     * Sends 1,000 malformed messages, alternating a frame-count error (logged by the socket thread)
     * and an undecodable name (logged by a handler thread).
     */
    private static int flood(RawDealer raw) {
        int sent = 0;
        for (int i = 0; i < 1000; i++, sent++) {
            if (i % 2 == 0) {
                raw.send(raw.header(), utf8("add"));
            } else {
                raw.send(raw.header(), hex("fffe"), hex("920102"), hex("80"));
            }
        }
        return sent;
    }

    /**
     * Waits until the server took in everything the dealer sent, however late it arrived: a good
     * request sent after it is answered (the server reads one dealer's messages in order), and no
     * call is in flight (a handler thread logs an undecodable message before its call is done; no
     * other client may be calling meanwhile).
     * Each of those messages is logged or counted by then, and none was answered.
     */
    private static void awaitTakenIn(RawDealer raw, RpcServer server) throws InterruptedException {
        awaitAnswered(raw);
        InFlight.awaitZero(server);
        assertThat(raw.receive(QUIET)).as("a reply to a malformed message").isNull();
    }

    /** Sends a good request and waits for its reply: the server's socket thread has read all that came before it. */
    private static void awaitAnswered(RawDealer raw) {
        byte[] header = raw.header();
        raw.send(header, utf8("add"), hex("920102"), hex("80"));
        byte[][] reply = raw.receive(Duration.ofSeconds(30));
        assertThat(reply).as("the reply to a good request after the bad ones").hasNumberOfRows(2);
        assertThat(ReplyHeader.decode(reply[0]).requestId()).isEqualTo(ReplyHeader.requestIdOf(pad(header)));
    }

    /**
     * Once the rate limit's interval has passed since every line so far, one more malformed message
     * is logged, carrying the count of every one left out since the counts of the lines before: at
     * most one line a second, however many bad messages, and each of them logged or counted. (That
     * count may be none: a handler thread held up under load may log the flood's last undecodable
     * message a second late, as a line of its own that carries the rest.)
     */
    private static void assertCountedPastTheInterval(LogCapture log, RawDealer raw, RpcServer server, int flooded,
            long start) throws InterruptedException {
        List<String> flood = log.messages();
        long left = flooded - flood.size() - suppressed(flood);
        // Every line so far was logged before this sleep began (the flood was taken in), so the
        // limiter's interval of 1 s after the last one is over when it ends.
        Thread.sleep(1100);
        raw.send(raw.header());
        awaitTakenIn(raw, server);

        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        List<String> messages = log.messages();
        assertThat(messages).as("log lines for %d bad messages in %d s", flooded + 1, seconds)
                .hasSize(flood.size() + 1).hasSizeLessThanOrEqualTo((int) seconds + 2);
        assertThat(messages.get(messages.size() - 1)).as("the line after the interval, the flood's lines being %s", flood)
                .isEqualTo("zmqrpc test-server: dropped a malformed message: request must have an envelope and 4 frames, "
                        + "got 2 frames" + (left == 0 ? "" : " (" + left + " similar messages suppressed)"));
    }

    private static long suppressed(List<String> messages) {
        long total = 0;
        for (String message : messages) {
            Matcher m = SUPPRESSED.matcher(message);
            if (m.find()) {
                total += Long.parseLong(m.group(1));
            }
        }
        return total;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    /** A request header read as a reply header: the request id sits at the same offset. */
    private static byte[] pad(byte[] requestHeader) {
        return java.util.Arrays.copyOf(requestHeader, ReplyHeader.LENGTH);
    }

    private static String describe(byte[][] message) {
        List<String> frames = new ArrayList<>();
        for (byte[] frame : message) {
            frames.add(HexFormat.of().formatHex(frame));
        }
        return frames.toString();
    }
}
