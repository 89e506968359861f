package io.zmqrpc.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcTimeoutException;
import io.zmqrpc.runtime.server.fixtures.Slow;
import io.zmqrpc.testing.Loopback;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server-side handler timeout (aiozmq documents it and never implemented it): past it the
 * caller gets the server's timeout error long before its own, and a returned stage is cancelled.
 */
class HandlerTimeoutTest {

    private final Slow slow = new Slow();
    private final Loopback loop = Loopback.serve(slow, s -> s.handlerTimeout(Duration.ofMillis(300)), c -> c);

    @AfterEach
    void close() {
        slow.release.countDown();
        loop.close();
    }

    @Test
    void aBlockingHandlerPastTheTimeoutAnswersWithTheServersTimeout() {
        // the client waits 30 s: a remote error proves the server answered, not the client's sweep
        assertThatThrownBy(() -> loop.client().call("blocking"))
                .isExactlyInstanceOf(RpcTimeoutException.class)
                .satisfies(e -> {
                    RemoteError remote = RemoteError.of(e);
                    assertThat(remote).isNotNull();
                    assertThat(remote.type()).isEqualTo("asyncio.TimeoutError");
                    assertThat(remote.args()).containsExactly("handler blocking did not finish within 300 ms");
                });
        assertThat(loop.client().call("quick")).isEqualTo("quick");
    }

    @Test
    void aStagePastTheTimeoutIsCancelled() throws Exception {
        assertThatThrownBy(() -> loop.client().call("stage"))
                .isExactlyInstanceOf(RpcTimeoutException.class)
                .satisfies(e -> assertThat(RemoteError.of(e).args())
                        .isEqualTo(List.of("handler stage did not finish within 300 ms")));

        assertThat(slow.stages).hasSize(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!slow.stages.get(0).isCancelled() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(slow.stages.get(0).isCancelled()).as("the stage saw cancellation").isTrue();
        InFlight.awaitZero(loop.server());
    }
}
