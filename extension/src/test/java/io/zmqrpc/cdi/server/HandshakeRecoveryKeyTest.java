package io.zmqrpc.cdi.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.cdi.config.MapLookup;
import io.zmqrpc.runtime.ServerOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code zmqrpc.server.<name>.handshake-recovery} reaches the server's options, agreed by the beans sharing it. */
class HandshakeRecoveryKeyTest {

    /** A bean behind a proxy: it connects, so its connections are the ones recovery watches. */
    @RemoteEndpoint(connect = "tcp://127.0.0.1:5560")
    public static class Worker {
        @RpcMethod
        public String where() {
            return "here";
        }
    }

    /** Another bean on the same address. */
    @RemoteEndpoint(connect = "tcp://127.0.0.1:5560")
    public static class Helper {
        @RpcMethod
        public String who() {
            return "helper";
        }
    }

    private final List<String> problems = new ArrayList<>();

    private Optional<EndpointDeclaration> read(Class<?> bean, Map<String, String> keys) {
        return EndpointDeclaration.read(bean, bean.getAnnotation(RemoteEndpoint.class), MapLookup.of(keys), problems::add);
    }

    private ServerOptions options(List<EndpointDeclaration> members) {
        return SharedSettings.merge(members, "connect tcp://127.0.0.1:5560", problems::add).orElseThrow()
                .applyTo(ServerOptions.builder()).build();
    }

    @Test
    void theKeyReachesTheServersSocket() {
        EndpointDeclaration worker = read(Worker.class, Map.of("zmqrpc.server.Worker.handshake-recovery", "300ms"))
                .orElseThrow();

        assertThat(options(List.of(worker)).socket().handshakeRecovery()).isEqualTo(Duration.ofMillis(300));
        assertThat(problems).isEmpty();
    }

    @Test
    void zeroTurnsItOffAndUnsetKeepsTheDefault() {
        EndpointDeclaration off = read(Worker.class, Map.of("zmqrpc.server.Worker.handshake-recovery", "PT0S")).orElseThrow();
        EndpointDeclaration unset = read(Worker.class, Map.of()).orElseThrow();

        assertThat(options(List.of(off)).socket().handshakeRecovery()).isZero();
        assertThat(options(List.of(unset)).socket().handshakeRecovery())
                .isEqualTo(ServerOptions.builder().build().socket().handshakeRecovery());
    }

    @Test
    void beansSharingAnAddressMustAgreeOnIt() {
        List<EndpointDeclaration> members = List.of(
                read(Worker.class, Map.of("zmqrpc.server.Worker.handshake-recovery", "300ms")).orElseThrow(),
                read(Helper.class, Map.of("zmqrpc.server.Helper.handshake-recovery", "0ms")).orElseThrow());

        assertThat(SharedSettings.merge(members, "connect tcp://127.0.0.1:5560", problems::add)).isEmpty();
        assertThat(problems).containsExactly("@RemoteEndpoint beans " + Worker.class.getName() + " and "
                + Helper.class.getName() + " share connect tcp://127.0.0.1:5560 but disagree on handshake-recovery: "
                + "[PT0.3S, PT0S]");
    }

    @Test
    void aNegativeValueIsRefusedNamingTheKeyAndTheBean() {
        assertThat(read(Worker.class, Map.of("zmqrpc.server.Worker.handshake-recovery", "PT-0.1S"))).isEmpty();

        assertThat(problems).containsExactly("@RemoteEndpoint bean " + Worker.class.getName()
                + ": zmqrpc.server.Worker.handshake-recovery must not be negative, got 'PT-0.1S'");
    }
}
