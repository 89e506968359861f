package io.zmqrpc.cdi.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.cdi.config.MapLookup;
import io.zmqrpc.inject.RpcClient;
import io.zmqrpc.runtime.ClientOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys that only configuration gives a client reach its options, and bad values are refused. */
class ClientDeclarationTest {

    private static final ClientPoint POINT = new ClientPoint(RpcChannel.class, RpcClient.Literal.INSTANCE,
            "@RpcClient injection point Shop.rpc");

    private final List<String> problems = new ArrayList<>();

    private Optional<ClientDeclaration> read(String... keyValues) {
        Map<String, String> keys = new HashMap<>(Map.of("zmqrpc.client.RpcChannel.connect", "tcp://127.0.0.1:5555"));
        for (int i = 0; i < keyValues.length; i += 2) {
            keys.put(keyValues[i], keyValues[i + 1]);
        }
        return ClientDeclaration.read(POINT, MapLookup.of(keys), problems::add);
    }

    @Test
    void maxPendingCallsAndHandshakeRecoveryKeysReachTheOptions() {
        ClientOptions options = read("zmqrpc.client.RpcChannel.max-pending-calls", "2",
                "zmqrpc.client.RpcChannel.handshake-recovery", "250ms").orElseThrow()
                .applyTo(ClientOptions.builder().name("client-RpcChannel")).build();

        assertThat(problems).isEmpty();
        assertThat(options.maxPendingCalls()).isEqualTo(2);
        assertThat(options.socket().handshakeRecovery()).isEqualTo(Duration.ofMillis(250));
        assertThat(options.socket().connectEndpoints()).containsExactly("tcp://127.0.0.1:5555");
    }

    @Test
    void withoutTheKeysTheOptionsKeepTheirDefaults() {
        ClientOptions defaults = ClientOptions.builder().build();
        ClientOptions options = read().orElseThrow().applyTo(ClientOptions.builder()).build();

        assertThat(options.maxPendingCalls()).isEqualTo(defaults.maxPendingCalls()).isEqualTo(100_000);
        assertThat(options.socket().handshakeRecovery()).isEqualTo(defaults.socket().handshakeRecovery());
        assertThat(options.socket().uninterruptedCallers()).isFalse();
        assertThat(options.callContext()).isTrue();
        assertThat(options.inheritDeadline()).isTrue();
    }

    @Test
    void theCallContextAndInheritDeadlineKeysTurnThemOff() {
        ClientOptions options = read("zmqrpc.client.RpcChannel.call-context", "false",
                "zmqrpc.client.RpcChannel.inherit-deadline", "FALSE").orElseThrow().applyTo(ClientOptions.builder()).build();

        assertThat(problems).isEmpty();
        assertThat(options.callContext()).isFalse();
        assertThat(options.inheritDeadline()).isFalse();
    }

    @Test
    void theUninterruptedCallersKeyGivesThePromise() {
        ClientOptions options = read("zmqrpc.client.RpcChannel.uninterrupted-callers", "TRUE").orElseThrow()
                .applyTo(ClientOptions.builder()).build();

        assertThat(problems).isEmpty();
        assertThat(options.socket().uninterruptedCallers()).isTrue();
        assertThat(read("zmqrpc.client.RpcChannel.uninterrupted-callers", "false").orElseThrow()
                .applyTo(ClientOptions.builder()).build().socket().uninterruptedCallers()).isFalse();
    }

    @Test
    void zeroTurnsHandshakeRecoveryOff() {
        ClientOptions options = read("zmqrpc.client.RpcChannel.handshake-recovery", "0ms").orElseThrow()
                .applyTo(ClientOptions.builder()).build();

        assertThat(options.socket().handshakeRecovery()).isZero();
    }

    @Test
    void pointsThatDifferInTheseKeysGetConnectionsOfTheirOwn() {
        List<Object> plain = read().orElseThrow().connectionKey();

        assertThat(read("zmqrpc.client.RpcChannel.max-pending-calls", "2").orElseThrow().connectionKey()).isNotEqualTo(plain);
        assertThat(read("zmqrpc.client.RpcChannel.handshake-recovery", "1s").orElseThrow().connectionKey()).isNotEqualTo(plain);
        assertThat(read("zmqrpc.client.RpcChannel.uninterrupted-callers", "true").orElseThrow().connectionKey())
                .isNotEqualTo(plain);
        assertThat(read("zmqrpc.client.RpcChannel.call-context", "false").orElseThrow().connectionKey()).isNotEqualTo(plain);
        assertThat(read("zmqrpc.client.RpcChannel.inherit-deadline", "false").orElseThrow().connectionKey())
                .isNotEqualTo(plain);
        assertThat(read().orElseThrow().connectionKey()).isEqualTo(plain);
    }

    @Test
    void badValuesAreRefusedNamingTheKeyAndThePoint() {
        assertThat(read("zmqrpc.client.RpcChannel.max-pending-calls", "0",
                "zmqrpc.client.RpcChannel.handshake-recovery", "-1s",
                "zmqrpc.client.RpcChannel.uninterrupted-callers", "yes",
                "zmqrpc.client.RpcChannel.call-context", "off",
                "zmqrpc.client.RpcChannel.inherit-deadline", "1")).isEmpty();

        assertThat(problems).containsExactly(
                "@RpcClient injection point Shop.rpc: zmqrpc.client.RpcChannel.max-pending-calls must be a whole number "
                        + "from 1 to 2147483647, got '0'",
                "@RpcClient injection point Shop.rpc: zmqrpc.client.RpcChannel.handshake-recovery: bad duration '-1s': "
                        + "write ISO-8601 (PT5S) or a number with a unit (100us, 500ms, 5s, 2m, 1h)",
                "@RpcClient injection point Shop.rpc: zmqrpc.client.RpcChannel.uninterrupted-callers must be true or "
                        + "false, got 'yes'",
                "@RpcClient injection point Shop.rpc: zmqrpc.client.RpcChannel.call-context must be true or "
                        + "false, got 'off'",
                "@RpcClient injection point Shop.rpc: zmqrpc.client.RpcChannel.inherit-deadline must be true or "
                        + "false, got '1'");
    }
}
