package io.zmqrpc.runtime.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.Deadline;
import io.zmqrpc.Pattern;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.observe.Drop;
import io.zmqrpc.observe.DropReason;
import io.zmqrpc.observe.Outcome;
import io.zmqrpc.observe.Side;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.server.ZmqServer;
import io.zmqrpc.testing.Loopback;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deadlines across the wire: a handler reads its caller's, nested calls inherit it, a passed one is not started. */
class DeadlineTest {

    private final Calls calls = new Calls();
    private Loopback loop;
    private Loopback downstream;
    private ExecutorService single;

    @AfterEach
    void close() {
        for (Loopback l : new Loopback[] {loop, downstream}) {
            if (l != null) {
                l.close();
            }
        }
        if (single != null) {
            single.shutdownNow();
        }
    }

    @Test
    void aHandlerReadsTheTimeItsCallerLeftIt() {
        loop = Loopback.serve(calls);
        long left = loop.client().withTimeout(Duration.ofSeconds(2)).call(Long.class, "timeLeft");
        assertThat(left).isBetween(1L, 2000L);
    }

    @Test
    void aCallWithoutTheCallContextFrameRunsUnderNoDeadline() {
        loop = Loopback.serve(calls, s -> s, c -> c.callContext(false));
        assertThat(loop.client().call(Long.class, "timeLeft")).as("what an aiozmq caller gets").isEqualTo(-1L);
    }

    @Test
    void aCallMadeInsideAHandlerInheritsWhatIsLeftOfItsCallersDeadline() {
        downstream = Loopback.serve(new Calls());
        // The handler's own client allows 30 s; its caller allows 1.5 s.
        calls.downstream = downstream.client();
        loop = Loopback.serve(calls);
        long left = loop.client().withTimeout(Duration.ofMillis(1500)).call(Long.class, "nested");
        assertThat(left).isBetween(1L, 1500L);
    }

    @Test
    void aClientBuiltNotToInheritKeepsItsOwnTimeout() throws Exception {
        loop = Loopback.serve(calls, s -> s, c -> c.inheritDeadline(false));
        long left = Deadline.after(Duration.ofMillis(500)).call(() -> loop.client().call(Long.class, "timeLeft"));
        assertThat(left).isBetween(29_000L, 30_000L);
    }

    @Test
    void codeOfAnyKindCanCallUnderADeadlineOfItsOwn() throws Exception {
        loop = Loopback.serve(calls);
        long left = Deadline.after(Duration.ofMillis(800)).call(() -> loop.client().call(Long.class, "timeLeft"));
        assertThat(left).isBetween(1L, 800L);
        assertThat(Deadline.current()).as("the block's deadline is gone after it").isEmpty();
    }

    @Test
    void aCallWhoseInheritedDeadlinePassedFailsAtOnceUnsent() {
        loop = Loopback.serve(calls);
        assertThatThrownBy(() -> Deadline.after(Duration.ofMillis(-5)).run(() -> loop.client().call("add", 1, 2)))
                .isExactlyInstanceOf(RpcTimeoutException.class)
                .hasMessageStartingWith("call add was not sent: the deadline it inherits passed ");
        assertThat(loop.client().call(Integer.class, "add", 1, 2)).isEqualTo(3);
        assertThat(calls.ran).containsExactly("add");
    }

    @Test
    void aCallReadAfterItsCallersDeadlineIsNotStartedAndIsCounted() throws Exception {
        Recorder server = new Recorder();
        single = Executors.newSingleThreadExecutor();
        loop = Loopback.serve(calls, s -> s.executor(single).listener(server), c -> c);
        // The only handler thread sleeps 600 ms; the call behind it allows 150 ms.
        CompletableFuture<Object> first = loop.client().callAsync("sleep", 600L);
        RpcChannel impatient = loop.client().withTimeout(Duration.ofMillis(150));
        CompletableFuture<Object> second = impatient.callAsync("add", 1, 2);
        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseExactlyInstanceOf(RpcTimeoutException.class);
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("slept");

        Recorder.Seen expired = server.ended(2).get(1);
        assertThat(expired.info.method()).isEqualTo("add");
        assertThat(expired.end.outcome()).isEqualTo(Outcome.EXPIRED);
        assertThat(expired.end.errorType()).isEqualTo("io.zmqrpc.RpcTimeoutException");
        assertThat(expired.end.failure()).hasMessageStartingWith("call add was not started: its caller's deadline had passed ");
        assertThat(expired.enteredOn).as("no handler scope was opened").isNull();
        assertThat(calls.ran).containsExactly("sleep");
        assertThat(((ZmqServer) loop.server()).callsExpired()).isEqualTo(1);
        assertThat(server.drops(1)).containsExactly(new Drop(Side.SERVER, Pattern.RPC, "test-server", DropReason.EXPIRED, 1));
    }

    @Test
    void aTimeLeftTooLargeForTheClockIsFarAwayNotPassed() {
        loop = Loopback.serve(calls);
        try (org.zeromq.ZContext context = new org.zeromq.ZContext(1)) {
            org.zeromq.ZMQ.Socket dealer = context.createSocket(org.zeromq.SocketType.DEALER);
            dealer.setLinger(0);
            dealer.setHandshakeIvl(2_000);
            dealer.setReceiveTimeOut(10_000);
            dealer.connect(loop.endpoint());
            dealer.sendMore(io.zmqrpc.runtime.wire.CallContext.encode(Long.MAX_VALUE, null));
            dealer.sendMore(new io.zmqrpc.runtime.wire.RequestHeader(1, 2, 3, 0.0).encode());
            dealer.sendMore("timeLeft");
            dealer.sendMore(new byte[] {(byte) 0x90});
            dealer.send(new byte[] {(byte) 0x80});
            assertThat(dealer.recv()).as("the reply header").hasSize(17);
            Object left = io.zmqrpc.runtime.wire.ValueCodec.DEFAULT.decode(dealer.recv());
            assertThat((Long) left).as("a century, the most a deadline is held to")
                    .isBetween(java.util.concurrent.TimeUnit.DAYS.toMillis(36_499), java.util.concurrent.TimeUnit.DAYS.toMillis(36_500));
        }
        assertThat(calls.ran).containsExactly("timeLeft");
    }

    @Test
    void aDeadlineIsTheThreadsOwnAndInheritingAndTheFrameAreOnByDefault() throws Exception {
        // The binding is the handler thread's: a block it hands on works under none unless given it.
        Deadline deadline = Deadline.after(Duration.ofSeconds(5));
        CompletableFuture<Boolean> elsewhere = new CompletableFuture<>();
        deadline.run(() -> new Thread(() -> elsewhere.complete(Deadline.current().isPresent())).start());
        assertThat(elsewhere.get(10, TimeUnit.SECONDS)).isFalse();
        ClientOptions defaults = ClientOptions.connect("tcp://127.0.0.1:5555");
        assertThat(defaults.inheritDeadline()).isTrue();
        assertThat(defaults.callContext()).isTrue();
    }
}
