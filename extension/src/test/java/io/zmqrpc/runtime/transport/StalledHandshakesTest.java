package io.zmqrpc.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The detector alone, on real NIO channels: registered with a selector (as a healthy JeroMQ
 * connection is with its I/O thread's) or not (as a stalled one is).
 */
class StalledHandshakesTest {

    private static final long MS = 1_000_000;
    private static final String A = "tcp://127.0.0.1:5555";
    private static final String B = "tcp://127.0.0.1:5556";

    private final StalledHandshakes handshakes = new StalledHandshakes(100 * MS);
    private Selector selector;
    private SocketChannel registered;
    private SocketChannel unregistered;

    @BeforeEach
    void channels() throws IOException {
        selector = Selector.open();
        registered = SocketChannel.open();
        registered.configureBlocking(false);
        registered.register(selector, SelectionKey.OP_READ);
        unregistered = SocketChannel.open();
    }

    @AfterEach
    void close() throws IOException {
        registered.close();
        unregistered.close();
        selector.close();
    }

    @Test
    void anUnregisteredChannelWithoutHandshakeIsStalledOnceTheRecoveryTimePassed() {
        handshakes.connected(A, unregistered, 0);

        assertThat(handshakes.stalled(99 * MS)).isZero();
        assertThat(handshakes.stalled(100 * MS)).isEqualTo(1);
    }

    @Test
    void aRegisteredChannelIsASlowHandshakeAndIsNeverCountedAsStalled() {
        handshakes.connected(A, registered, 0);

        assertThat(handshakes.stalled(100 * MS)).isZero();
        assertThat(handshakes.stalled(10_000 * MS)).isZero();
        assertThat(handshakes.millisToNextCheck(10_000 * MS)).isEqualTo(100);
    }

    @Test
    void aConnectionStillStalledIsCountedAgainOneRecoveryTimeLaterNotBefore() {
        handshakes.connected(A, unregistered, 0);
        assertThat(handshakes.stalled(100 * MS)).isEqualTo(1);

        assertThat(handshakes.stalled(150 * MS)).isZero();
        assertThat(handshakes.millisToNextCheck(150 * MS)).isEqualTo(50);
        assertThat(handshakes.stalled(200 * MS)).isEqualTo(1);
    }

    @Test
    void aHandshakeOrDisconnectSettlesTheConnection() {
        handshakes.connected(A, unregistered, 0);
        handshakes.connected(B, unregistered, 0);
        handshakes.settled(A);

        assertThat(handshakes.stalled(100 * MS)).isEqualTo(1);
        handshakes.settled(B);
        assertThat(handshakes.stalled(1_000 * MS)).isZero();
        assertThat(handshakes.millisToNextCheck(1_000 * MS)).isEqualTo(-1);
    }

    @Test
    void aClosedChannelIsForgotten() throws IOException {
        handshakes.connected(A, unregistered, 0);
        unregistered.close();

        assertThat(handshakes.stalled(100 * MS)).isZero();
        assertThat(handshakes.millisToNextCheck(100 * MS)).isEqualTo(-1);
    }

    @Test
    void aChannelTheMonitorCouldNotResolveIsTreatedAsStalled() {
        handshakes.connected(A, null, 0);

        assertThat(handshakes.stalled(100 * MS)).isEqualTo(1);
    }

    @Test
    void aReconnectReplacesTheEarlierConnectionOfTheEndpoint() {
        handshakes.connected(A, unregistered, 0);
        handshakes.connected(A, registered, 50 * MS);

        assertThat(handshakes.stalled(100 * MS)).isZero();
        assertThat(handshakes.stalled(150 * MS)).isZero();
        assertThat(handshakes.millisToNextCheck(150 * MS)).isEqualTo(100);
    }

    @Test
    void theNextCheckIsRoundedUpToWholeMillisecondsAndIsAtLeastOne() {
        handshakes.connected(A, registered, 0);

        assertThat(handshakes.millisToNextCheck(0)).isEqualTo(100);
        assertThat(handshakes.millisToNextCheck(MS / 2)).isEqualTo(100);
        assertThat(handshakes.millisToNextCheck(500 * MS)).isEqualTo(1);
    }

    @Test
    void aRecoveryTimeMustBePositive() {
        assertThatThrownBy(() -> new StalledHandshakes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the handshake recovery time must be positive, got 0 ns");
    }
}
