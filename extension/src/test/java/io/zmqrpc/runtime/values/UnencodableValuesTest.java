package io.zmqrpc.runtime.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.wire.UnencodableValueException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

/**
 * A value that cannot be represented fails where it is sent, naming the type and the path inside
 * the value: a client's call fails before anything reaches the socket, and a server answers the
 * caller with an error instead of a reply it cannot write.
 */
class UnencodableValuesTest {

    /** A bean whose getter fails while the result is written. */
    public static final class Fragile {
        public String getName() {
            throw new IllegalStateException("name not loaded");
        }

        public void setName(String name) {
        }
    }

    /** A server whose results cannot all be sent. */
    public static class BadResults {
        @RpcMethod
        public Map<Integer, String> numbered() {
            return Map.of(1, "one");
        }

        @RpcMethod
        public List<Object> cyclic() {
            List<Object> list = new ArrayList<>();
            list.add("first");
            list.add(list);
            return list;
        }

        @RpcMethod
        public Object unsupported() {
            return Map.of("lock", new Object());
        }

        @RpcMethod
        public LocalDate tooLate() {
            return LocalDate.of(10_000, 1, 1);
        }

        @RpcMethod
        public Fragile fragile() {
            return new Fragile();
        }

        @RpcMethod
        public String ok() {
            return "ok";
        }
    }

    @Test
    void clientArgumentsFailBeforeAnythingIsSent() throws Exception {
        try (ZContext context = new ZContext(); ZMQ.Socket router = context.createSocket(SocketType.ROUTER)) {
            router.bind("tcp://127.0.0.1:*");
            try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.connect(router.getLastEndpoint()))) {
                Shop.Line line = new Shop.Line("a", 1);
                assertThatThrownBy(() -> client.call(Object.class, "send", line, Map.of(1, "one")))
                        .isInstanceOf(UnencodableValueException.class)
                        .hasMessage("map key of type java.lang.Integer (1) cannot reach a Python peer, whose msgpack "
                                + "accepts only str and bytes keys: use String keys at args[1]")
                        .extracting(e -> ((UnencodableValueException) e).path()).isEqualTo("args[1]");

                List<Object> cycle = new ArrayList<>();
                cycle.add(cycle);
                assertThatThrownBy(() -> client.call(Object.class, "send", List.of(), Map.of("items", cycle)))
                        .isInstanceOf(UnencodableValueException.class)
                        .hasMessage("cycle: a java.util.ArrayList contains itself at kwargs.items[0]");

                CompletableFuture<Object> async = client.callAsync(Object.class, "send",
                        List.of(new Shop.Page<>(List.of(new Object()), java.util.Optional.empty(), Map.of())), Map.of());
                assertThatThrownBy(async::get).isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOf(UnencodableValueException.class)
                        .hasMessage("unsupported type java.lang.Object (not a record, a JavaBean, or a type with a "
                                + "value translator) at args[0].items[0]");

                assertThatThrownBy(() -> client.call(Object.class, "send", List.of(LocalDate.of(10_000, 1, 1))))
                        .isInstanceOf(UnencodableValueException.class)
                        .hasMessageStartingWith("java.time.LocalDate cannot be packed by the datetime translator of ext code 127: ")
                        .hasMessageEndingWith(" at args[0][0]");

                // The first thing the server ever receives is the call made after the failed ones. That
                // call is repeated until one arrives: now and then a new JeroMQ connection's handshake
                // stalls and is redone after 2 s (docs/reliability.md), which is not what this test is
                // about.
                router.setReceiveTimeOut(1000);
                ZMsg first = null;
                for (int attempt = 0; attempt < 30 && first == null; attempt++) {
                    client.callAsync(Object.class, "next", List.of(1), Map.of());
                    first = ZMsg.recvMsg(router);
                }
                assertThat(first).as("a message within 30 s").isNotNull();
                // identity, call context, header, name, args, kwargs
                assertThat(first.size()).isEqualTo(6);
                assertThat(new String(new ArrayList<>(first).get(3).getData(), StandardCharsets.UTF_8)).isEqualTo("next");
                router.setReceiveTimeOut(200);
                for (ZMsg more; (more = ZMsg.recvMsg(router)) != null; ) {
                    assertThat(new String(new ArrayList<>(more).get(3).getData(), StandardCharsets.UTF_8)).isEqualTo("next");
                }
            }
        }
    }

    @Test
    void serverResultsThatCannotBeSentAnswerWithAnErrorNamingThePath() {
        RpcServer server = ZmqRpc.serveRpc(new BadResults(), ServerOptions.bind("tcp://127.0.0.1:*"));
        try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.connect(server.endpoints().get(0)))) {
            expectTypeError(client, "numbered", "map key of type java.lang.Integer (1) cannot reach a Python peer, "
                    + "whose msgpack accepts only str and bytes keys: use String keys at result");
            expectTypeError(client, "cyclic", "cycle: a java.util.ArrayList contains itself at result[1]");
            expectTypeError(client, "unsupported", "unsupported type java.lang.Object (not a record, a JavaBean, "
                    + "or a type with a value translator) at result.lock");
            assertThatThrownBy(() -> client.call(Object.class, "tooLate"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("java.time.LocalDate cannot be packed by the datetime translator of ext code 127: ")
                    .hasMessageEndingWith(" at result");
            expectTypeError(client, "fragile", "cannot read property name of " + Fragile.class.getName()
                    + ": java.lang.IllegalStateException: name not loaded at result.name");
            // the connection is intact: no half-written reply went out
            assertThat(client.call(String.class, "ok")).isEqualTo("ok");
        } finally {
            server.close();
        }
    }

    private static void expectTypeError(RpcChannel client, String method, String message) {
        assertThatThrownBy(() -> client.call(Object.class, method))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message)
                .satisfies(e -> {
                    RemoteError remote = RemoteError.of(e);
                    assertThat(remote.type()).isEqualTo("builtins.TypeError");
                    assertThat(remote.args()).containsExactly(message);
                });
    }
}
