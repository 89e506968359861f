package io.zmqrpc.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.wire.CallContext;
import io.zmqrpc.runtime.wire.ReplyHeader;
import io.zmqrpc.runtime.wire.RequestHeader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * What a client puts on the wire in front of its request, as a bare ROUTER sees it, and that it
 * reads the reply of a server that sends the frame back in front of it, as aiozmq does.
 */
class CallContextFrameTest {

    private final ZContext context = new ZContext(1);
    private final ZMQ.Socket router = context.createSocket(SocketType.ROUTER);
    private final String endpoint;

    CallContextFrameTest() {
        router.setLinger(0);
        router.setReceiveTimeOut(10_000);
        int port = router.bindToRandomPort("tcp://127.0.0.1");
        endpoint = "tcp://127.0.0.1:" + port;
    }

    @AfterEach
    void close() {
        context.close();
    }

    private List<byte[]> receive() {
        List<byte[]> frames = new ArrayList<>();
        byte[] first = router.recv();
        assertThat(first).as("a request within 10 s").isNotNull();
        frames.add(first);
        while (router.hasReceiveMore()) {
            frames.add(router.recv());
        }
        return frames;
    }

    @Test
    void aCallCarriesItsDeadlineInFrontOfTheFourFramesAndReadsAnEchoedReply() throws Exception {
        try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(endpoint)
                .timeout(Duration.ofSeconds(3)).build())) {
            CompletableFuture<Object> call = client.callAsync("echo", "x");
            List<byte[]> frames = receive();
            assertThat(frames).hasSize(6);
            byte[] ctx = frames.get(1);
            assertThat(CallContext.isContext(ctx)).isTrue();
            CallContext read = CallContext.decode(ctx);
            assertThat(read.timeLeftMillis()).isBetween(2000L, 3000L);
            assertThat(read.metadata()).isEmpty();
            assertThat(frames.get(2)).hasSize(RequestHeader.LENGTH);
            assertThat(new String(frames.get(3), StandardCharsets.UTF_8)).isEqualTo("echo");
            // Answer as aiozmq does: everything in front of the header goes back, the context too.
            int id = RequestHeader.requestIdOf(frames.get(2));
            router.sendMore(frames.get(0));
            router.sendMore(ctx);
            router.sendMore(new ReplyHeader(9, 9, id, 0.0, false).encode());
            router.send(new byte[] {(byte) 0xa1, 'x'});
            assertThat(call.get(10, TimeUnit.SECONDS)).isEqualTo("x");
        }
    }

    @Test
    void withTheFrameOffAClientSendsAiozmqsFourFramesOnly() {
        try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(endpoint)
                .timeout(Duration.ofSeconds(3)).callContext(false).build())) {
            client.callAsync("echo", "x");
            List<byte[]> frames = receive();
            assertThat(frames).hasSize(5);
            assertThat(frames.get(1)).hasSize(RequestHeader.LENGTH);
        }
    }
}
