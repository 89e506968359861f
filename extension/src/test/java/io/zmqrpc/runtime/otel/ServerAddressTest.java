package io.zmqrpc.runtime.otel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code server.address}, {@code server.port} and {@code network.transport} of ZeroMQ endpoints. */
class ServerAddressTest {

    @Test
    void tcpHostAndPort() {
        assertThat(ServerAddress.parse("tcp://10.0.0.5:5555")).isEqualTo(new ServerAddress("10.0.0.5", 5555, "tcp"));
        assertThat(ServerAddress.parse("tcp://calc.example.com:80"))
                .isEqualTo(new ServerAddress("calc.example.com", 80, "tcp"));
    }

    @Test
    void ipv6LiteralLosesItsBrackets() {
        assertThat(ServerAddress.parse("tcp://[::1]:5555")).isEqualTo(new ServerAddress("::1", 5555, "tcp"));
    }

    @Test
    void aSourceAddressBeforeTheServerIsSkipped() {
        assertThat(ServerAddress.parse("tcp://eth0:0;server:5555")).isEqualTo(new ServerAddress("server", 5555, "tcp"));
    }

    @Test
    void aWildcardPortIsNoPort() {
        assertThat(ServerAddress.parse("tcp://*:*")).isEqualTo(new ServerAddress("*", -1, "tcp"));
        assertThat(ServerAddress.parse("tcp://127.0.0.1:!")).isEqualTo(new ServerAddress("127.0.0.1", -1, "tcp"));
    }

    @Test
    void otherTransportsAreTheirPathOrName() {
        assertThat(ServerAddress.parse("ipc:///tmp/calc")).isEqualTo(new ServerAddress("/tmp/calc", -1, "ipc"));
        assertThat(ServerAddress.parse("inproc://calc")).isEqualTo(new ServerAddress("calc", -1, "inproc"));
    }

    @Test
    void textWithoutATransportIsTheAddressAlone() {
        assertThat(ServerAddress.parse("calc")).isEqualTo(new ServerAddress("calc", -1, null));
        assertThat(ServerAddress.parse("")).isEqualTo(ServerAddress.NONE);
    }
}
