package io.zmqrpc.runtime.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcException;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.values.DateTimeCases.Case;
import io.zmqrpc.runtime.values.Shop.Customer;
import io.zmqrpc.runtime.values.Shop.Line;
import io.zmqrpc.runtime.values.Shop.Order;
import io.zmqrpc.runtime.values.Shop.Status;
import io.zmqrpc.testing.PythonPeer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Interop with Debian's python3-aiozmq both ways: the whole datetime family, aiozmq's documented
 * {@code Point} translator, and records against plain dicts. The Python side reports
 * {@code type()} and {@code repr()} of what it received, so these tests see real datetime objects.
 */
class PythonValuesInteropTest {

    private static final Order ORDER = new Order(7, List.of(new Line("a-1", 2)), Status.SHIPPED,
            LocalDate.of(1900, 1, 1), Optional.empty());

    private static RpcChannel javaClient(String endpoint) {
        return ZmqRpc.connectRpc(ClientOptions.builder().connect(endpoint).translators(new PointTranslator())
                .timeout(Duration.ofSeconds(30)).build());
    }

    @Test
    void javaClientToPythonServer() {
        try (PythonPeer python = PythonPeer.startServer("python/values_server.py");
                RpcChannel client = javaClient(python.endpoint())) {
            SoftAssertions soft = new SoftAssertions();
            for (Case c : DateTimeCases.ALL) {
                soft.assertThat(client.call(List.class, "describe", c.java())).as("Python receives " + c.python())
                        .containsExactly(c.pythonType(), c.pythonRepr());
                Object made = client.call(Object.class, "make", c.python());
                soft.assertThat(made).as("Java receives " + c.python()).isEqualTo(c.java());
                soft.assertThat(made).as("class of " + c.python()).hasSameClassAs(c.java());
            }
            soft.assertAll();
        }
    }

    @Test
    void javaOnlyShapesReachPythonAsTheirNearestDatetime() {
        try (PythonPeer python = PythonPeer.startServer("python/values_server.py");
                RpcChannel client = javaClient(python.endpoint())) {
            // a named zone travels as its offset at that instant; an Instant as UTC; nanoseconds are cut
            assertThat(client.call(List.class, "describe", ZonedDateTime.of(2024, 7, 1, 12, 0, 0, 0, ZoneId.of("Europe/Paris"))))
                    .containsExactly("datetime.datetime", "datetime.datetime(2024, 7, 1, 12, 0, "
                            + "tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))");
            assertThat(client.call(List.class, "describe", Instant.parse("1900-01-01T00:00:00.000001Z")))
                    .containsExactly("datetime.datetime", "datetime.datetime(1900, 1, 1, 0, 0, 0, 1, tzinfo=datetime.timezone.utc)");
            assertThat(client.call(List.class, "describe", LocalTime.of(1, 2, 3, 123_456_789)))
                    .containsExactly("datetime.time", "datetime.time(1, 2, 3, 123456)");
            // a timezone's name and a datetime's fold do not reach Java
            assertThat(client.call(Object.class, "make", "timezone(timedelta(hours=1), 'CET')"))
                    .isEqualTo(ZoneOffset.ofHours(1));
            assertThat(client.call(Object.class, "make", "datetime(2024, 10, 27, 2, 30, fold=1)"))
                    .isEqualTo(java.time.LocalDateTime.of(2024, 10, 27, 2, 30));
            // a tzinfo outside the datetime module is never unpickled: the reply cannot be read
            assertThatThrownBy(() -> client.call(Object.class, "make",
                    "datetime(2024, 7, 1, tzinfo=__import__('zoneinfo').ZoneInfo('Europe/Paris'))"))
                    .isExactlyInstanceOf(RpcException.class)
                    .hasMessageStartingWith("cannot read the reply to make: the datetime translator of ext code 126 "
                            + "cannot unpack a payload of ")
                    .hasMessageEndingWith("python datetime payload: unexpected global builtins.getattr");
            // typed results convert: an aware datetime to Instant and ZonedDateTime
            assertThat(client.call(Instant.class, "make", "datetime(1969, 12, 31, 16, 0, tzinfo=timezone(timedelta(hours=-8)))"))
                    .isEqualTo(Instant.EPOCH);
            assertThat(client.call(ZonedDateTime.class, "make", "datetime(1969, 12, 31, 16, 0, tzinfo=timezone(timedelta(hours=-8)))"))
                    .isEqualTo(OffsetDateTime.of(1969, 12, 31, 16, 0, 0, 0, ZoneOffset.ofHours(-8)).toZonedDateTime());
        }
    }

    @Test
    void pointAndRecordsJavaClientToPythonServer() {
        try (PythonPeer python = PythonPeer.startServer("python/values_server.py");
                RpcChannel client = javaClient(python.endpoint())) {
            assertThat(client.call(Point.class, "move", new Point(1, 2), 10, 20)).isEqualTo(new Point(11, 22));
            assertThat(client.call(List.class, "describe", new Point(1, 2))).containsExactly("__main__.Point", "Point(1, 2)");
            assertThat(client.call(Object.class, "make", "Point(-5, 6)")).isEqualTo(new Point(-5, 6));

            assertThat(client.call(List.class, "describe", ORDER)).containsExactly("builtins.dict",
                    "{'id': 7, 'lines': ({'sku': 'a-1', 'qty': 2},), 'status': 'SHIPPED', "
                            + "'due': datetime.date(1900, 1, 1), 'note': None}");
            assertThat(client.call(Order.class, "make", "{'id': 7, 'lines': [{'qty': 2, 'sku': 'a-1', 'extra': 1}], "
                    + "'status': 'SHIPPED', 'due': date(1900, 1, 1)}")).isEqualTo(ORDER);

            Customer ada = new Customer();
            ada.setName("Ada");
            ada.setSince(OffsetDateTime.of(1969, 7, 20, 20, 17, 40, 0, ZoneOffset.ofHours(-8)));
            ada.setOrders(List.of(ORDER));
            ada.setVip(true);
            assertThat(client.call(List.class, "describe", ada)).containsExactly("builtins.dict",
                    "{'name': 'Ada', 'orders': ({'id': 7, 'lines': ({'sku': 'a-1', 'qty': 2},), 'status': 'SHIPPED', "
                            + "'due': datetime.date(1900, 1, 1), 'note': None},), 'since': datetime.datetime(1969, 7, 20, 20, 17, 40, "
                            + "tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=57600))), 'vip': True}");
            assertThat(client.call(Customer.class, "make", "{'vip': True, 'name': 'Ada', 'since': datetime(1969, 7, 20, 20, 17, 40, "
                    + "tzinfo=timezone(timedelta(hours=-8))), 'orders': [{'id': 7, 'lines': [{'qty': 2, 'sku': 'a-1'}], "
                    + "'status': 'SHIPPED', 'due': date(1900, 1, 1)}]}")).isEqualTo(ada);
        }
    }

    @Test
    void pythonClientToJavaServer() {
        ValuesService service = new ValuesService();
        RpcServer server = ZmqRpc.serveRpc(service, ServerOptions.builder().bind("tcp://127.0.0.1:*")
                .translators(new PointTranslator()).build());
        try {
            String exprs = DateTimeCases.ALL.stream().map(c -> "\"" + c.python().replace("'", "\\'") + "\"")
                    .collect(Collectors.joining(", ", "[", "]"));
            List<String> lines = PythonPeer.run(Duration.ofSeconds(120), "python/values_client.py",
                    server.endpoints().get(0), exprs);
            List<String> expected = new ArrayList<>();
            for (Case c : DateTimeCases.ALL) {
                expected.add(String.join("\t", c.python(), c.javaDescription(), c.pythonType(), c.pythonRepr(), "True"));
            }
            expected.add("move\t__main__.Point\tPoint(11, 22)");
            expected.add("numbered\tbuiltins.TypeError\tmap key of type java.lang.Integer (1) cannot reach a Python peer, "
                    + "whose msgpack accepts only str and bytes keys: use String keys at result");
            expected.add("zoneinfo\taiozmq.rpc.base.ParametersError\tTypeError('cannot decode the arguments: the datetime "
                    + "translator of ext code 126 cannot unpack a payload of 137 bytes: python datetime payload: "
                    + "unexpected global builtins.getattr')");
            expected.add("order\tjava.util.LinkedHashMap {id=7, lines=[{sku=a-1, qty=2}], status=SHIPPED, "
                    + "due=1900-01-01, note=null}\tbuiltins.dict\t{'id': 7, 'lines': ({'sku': 'a-1', 'qty': 2},), "
                    + "'status': 'SHIPPED', 'due': datetime.date(1900, 1, 1), 'note': None}");
            assertThat(lines).containsExactlyElementsOf(expected);
            assertThat(service.received).containsExactly(new Point(1, 2), ORDER);
        } finally {
            server.close();
        }
    }
}
