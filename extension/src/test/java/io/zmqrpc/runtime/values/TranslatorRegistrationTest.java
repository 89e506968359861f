package io.zmqrpc.runtime.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcException;
import io.zmqrpc.ParametersException;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.wire.WireFormatException;
import io.zmqrpc.spi.ValueTranslator;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * How translators are registered (explicitly, or through ServiceLoader when asked) and what a peer
 * sees when a translator refuses a payload.
 */
class TranslatorRegistrationTest {

    /** Reads every Point payload as an error, as a buggy or mismatched translator would. */
    public static final class RefusingPointTranslator implements ValueTranslator<Point> {
        private final PointTranslator packer = new PointTranslator();

        @Override
        public int code() {
            return 0;
        }

        @Override
        public Class<Point> type() {
            return Point.class;
        }

        @Override
        public byte[] pack(Point value) {
            return packer.pack(value);
        }

        @Override
        public Point unpack(byte[] data) {
            throw new IllegalArgumentException("points are not welcome here");
        }
    }

    @Test
    void serviceLoaderTranslatorsOnlyWhenAsked() throws Exception {
        URL spi = getClass().getClassLoader().getResource("translators-spi/");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {spi}, getClass().getClassLoader())) {
            ServerOptions loaded = ServerOptions.builder().loadTranslators(loader).build();
            assertThat(loaded.translators()).singleElement().isInstanceOf(PointTranslator.class);
            assertThat(ServerOptions.builder().build().translators()).isEmpty();
            assertThat(ClientOptions.builder().build().translators()).isEmpty();

            RpcServer server = ZmqRpc.serveRpc(new ValuesService(),
                    loaded.toBuilder().bind("tcp://127.0.0.1:*").build());
            try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().loadTranslators(loader)
                    .connect(server.endpoints().get(0)).build())) {
                assertThat(client.proxy(ValuesApi.class).move(new Point(1, 2), 10, 20)).isEqualTo(new Point(11, 22));
            } finally {
                server.close();
            }
        }
    }

    @Test
    void aServerAnswersARequestItsTranslatorCannotReadWithParametersError() {
        // aiozmq drops a request it cannot unpack; zmqrpc tells the caller at once
        RpcServer server = ZmqRpc.serveRpc(new ValuesService(), ServerOptions.builder().bind("tcp://127.0.0.1:*")
                .translators(new RefusingPointTranslator()).build());
        try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(server.endpoints().get(0))
                .translators(new PointTranslator()).timeout(Duration.ofSeconds(2)).build())) {
            assertThatThrownBy(() -> client.call(Point.class, "point", new Point(1, 2)))
                    .isExactlyInstanceOf(ParametersException.class)
                    .hasMessage("bad parameters: TypeError('cannot decode the arguments: value translator "
                            + "io.zmqrpc.runtime.values.TranslatorRegistrationTest$RefusingPointTranslator (ext code 0) "
                            + "cannot unpack a payload of 3 bytes: points are not welcome here')");
            // the server serves on
            assertThat(client.call(String.class, "describe", "x")).isEqualTo("java.lang.String x");
        } finally {
            server.close();
        }
    }

    @Test
    void aClientReportsAReplyItsTranslatorCannotRead() {
        RpcServer server = ZmqRpc.serveRpc(new ValuesService(), ServerOptions.builder().bind("tcp://127.0.0.1:*")
                .translators(new PointTranslator()).build());
        try (RpcChannel client = ZmqRpc.connectRpc(ClientOptions.builder().connect(server.endpoints().get(0))
                .translators(new RefusingPointTranslator()).build())) {
            assertThatThrownBy(() -> client.call(Point.class, "point", new Point(1, 2)))
                    .isExactlyInstanceOf(RpcException.class)
                    .hasMessage("cannot read the reply to point: value translator " + RefusingPointTranslator.class.getName()
                            + " (ext code 0) cannot unpack a payload of 3 bytes: points are not welcome here")
                    .cause().isInstanceOf(WireFormatException.class);
        } finally {
            server.close();
        }
    }
}
