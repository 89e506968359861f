package io.zmqrpc.runtime.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.runtime.values.Shop.Customer;
import io.zmqrpc.runtime.values.Shop.Line;
import io.zmqrpc.runtime.values.Shop.Order;
import io.zmqrpc.runtime.values.Shop.Page;
import io.zmqrpc.runtime.values.Shop.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Java to Java through a real server and client: every structured and java.time type as a parameter
 * (the server's typed method receives the declared type) and as a result (the proxy returns the
 * declared type), and the wire form a dynamic caller sees.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaRoundTripTest {

    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    private static final ZoneOffset PST = ZoneOffset.ofHours(-8);

    private final ValuesService service = new ValuesService();
    private RpcServer server;
    private RpcChannel client;
    private ValuesApi api;

    @BeforeAll
    void start() {
        server = ZmqRpc.serveRpc(service, ServerOptions.builder().bind("tcp://127.0.0.1:*")
                .translators(new PointTranslator()).build());
        client = ZmqRpc.connectRpc(ClientOptions.builder().connect(server.endpoints().get(0))
                .translators(new PointTranslator()).build());
        api = client.proxy(ValuesApi.class);
    }

    @AfterAll
    void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void forget() {
        service.received.clear();
    }

    private static Order order(long id) {
        return new Order(id, List.of(new Line("a-1", 2), new Line("b-2", 1)), Status.SHIPPED,
                LocalDate.of(1900, 1, 1), Optional.of("fragile"));
    }

    private Object lastReceived() throws InterruptedException {
        return service.received.poll(10, TimeUnit.SECONDS);
    }

    @Test
    void recordsBindBackRecursively() throws Exception {
        Order sent = order(7);
        assertThat(api.order(sent)).isEqualTo(sent);
        assertThat(lastReceived()).isEqualTo(sent);

        Order bare = new Order(8, List.of(), Status.NEW, null, Optional.empty());
        assertThat(api.order(bare)).isEqualTo(bare);
    }

    @Test
    void listsOfRecords() {
        List<Order> sent = List.of(order(1), order(2));
        assertThat(api.orders(sent)).isEqualTo(sent);
        assertThat(service.received).containsExactly(order(1), order(2));
    }

    @Test
    void mapsOfListsOfRecords() {
        Map<String, List<Line>> sent = new LinkedHashMap<>();
        sent.put("top", List.of(new Line("a", 1)));
        sent.put("bottom", List.of(new Line("b", 2), new Line("c", 3)));
        assertThat(api.shelves(sent)).containsExactlyEntriesOf(sent);
        assertThat(service.received).containsExactly(new Line("a", 1), new Line("b", 2), new Line("c", 3));
    }

    @Test
    void optionals() {
        assertThat(api.maybe(Optional.of(new Line("x", 9)))).contains(new Line("x", 9));
        assertThat(api.maybe(Optional.empty())).isEmpty();
        assertThat(api.optionalInt(OptionalInt.of(-3))).isEqualTo(OptionalInt.of(-3));
        assertThat(api.optionalInt(OptionalInt.empty())).isEqualTo(OptionalInt.empty());
    }

    @Test
    void genericRecords() {
        Page<Line> sent = new Page<>(List.of(new Line("a", 1)), Optional.of(new Line("a", 1)),
                Map.of("s", List.of(new Line("b", 2))));
        Page<Line> back = api.page(sent);
        assertThat(back).isEqualTo(sent);
        assertThat(back.first().get()).isInstanceOf(Line.class);
        assertThat(back.byShelf().get("s").get(0)).isInstanceOf(Line.class);
    }

    @Test
    void beans() throws Exception {
        Customer sent = new Customer();
        sent.setName("Ada");
        sent.setSince(OffsetDateTime.of(1969, 7, 20, 20, 17, 40, 0, PST));
        sent.setOrders(List.of(order(3)));
        sent.setVip(true);
        assertThat(api.customer(sent)).isEqualTo(sent);
        assertThat(lastReceived()).isEqualTo(sent);
    }

    @Test
    void enumsTravelAsTheirName() {
        assertThat(api.status(Status.CANCELLED)).isEqualTo(Status.CANCELLED);
        assertThat(client.call(Object.class, "status", Status.CANCELLED)).isEqualTo("CANCELLED");
        assertThat(client.call(Status.class, "status", "NEW")).isEqualTo(Status.NEW);
    }

    @Test
    void aDynamicCallerSeesMapsByName() {
        Object wire = client.call(Object.class, "order", order(7));
        Map<String, Object> line1 = new LinkedHashMap<>();
        line1.put("sku", "a-1");
        line1.put("qty", 2L);
        Map<String, Object> line2 = new LinkedHashMap<>();
        line2.put("sku", "b-2");
        line2.put("qty", 1L);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", 7L);
        expected.put("lines", List.of(line1, line2));
        expected.put("status", "SHIPPED");
        expected.put("due", LocalDate.of(1900, 1, 1));
        expected.put("note", "fragile");
        assertThat(wire).isEqualTo(expected);
        // and a map by name binds to the record on the server
        assertThat(client.call(Order.class, "order", expected)).isEqualTo(order(7));
    }

    @Test
    void localDates() throws Exception {
        for (LocalDate d : List.of(LocalDate.of(1, 1, 1), LocalDate.of(1900, 1, 1), LocalDate.of(1969, 12, 31),
                LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31))) {
            assertThat(api.localDate(d)).isEqualTo(d);
            assertThat(lastReceived()).isEqualTo(d);
        }
    }

    @Test
    void localDateTimesAtTheMicrosecondEdges() throws Exception {
        for (int micros : new int[] {0, 1, 999_999}) {
            LocalDateTime t = LocalDateTime.of(1900, 1, 1, 0, 0, 0, micros * 1000);
            assertThat(api.localDateTime(t)).isEqualTo(t);
            assertThat(lastReceived()).isEqualTo(t);
        }
        LocalDateTime min = LocalDateTime.of(1, 1, 1, 0, 0);
        assertThat(api.localDateTime(min)).isEqualTo(min);
    }

    @Test
    void nanosecondsAreTruncatedToMicroseconds() throws Exception {
        LocalDateTime t = LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_789);
        assertThat(api.localDateTime(t)).isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000));
        assertThat(api.localTime(LocalTime.of(0, 0, 0, 999))).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(api.duration(Duration.ofNanos(-1_999))).isEqualTo(Duration.ofNanos(-1_000));
    }

    @Test
    void offsetDateTimesKeepTheirOffset() throws Exception {
        for (OffsetDateTime t : List.of(OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 1000, ZoneOffset.UTC),
                OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 999_999_000, IST),
                OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, PST),
                OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(0, 0, 1)))) {
            OffsetDateTime back = api.offsetDateTime(t);
            assertThat(back).isEqualTo(t);
            assertThat(back.getOffset()).isEqualTo(t.getOffset());
            assertThat(lastReceived()).isEqualTo(t);
        }
    }

    @Test
    void zonedDateTimesTravelWithTheirOffsetAtThatInstant() throws Exception {
        ZonedDateTime paris = ZonedDateTime.of(2024, 7, 1, 12, 0, 0, 0, ZoneId.of("Europe/Paris"));
        ZonedDateTime back = api.zonedDateTime(paris);
        assertThat(back).isEqualTo(ZonedDateTime.of(2024, 7, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(back.toInstant()).isEqualTo(paris.toInstant());
        assertThat(lastReceived()).isEqualTo(back);
        ZonedDateTime fixed = ZonedDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000, PST);
        assertThat(api.zonedDateTime(fixed)).isEqualTo(fixed);
    }

    @Test
    void instantsTravelAsUtcDatetimes() throws Exception {
        for (Instant i : List.of(Instant.EPOCH, Instant.parse("1900-01-01T00:00:00.000001Z"),
                Instant.parse("2024-02-29T13:45:30.999999Z"))) {
            assertThat(api.instant(i)).isEqualTo(i);
            assertThat(lastReceived()).isEqualTo(i);
        }
        assertThat(client.call(Object.class, "instant", Instant.EPOCH))
                .isEqualTo(OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void times() throws Exception {
        for (LocalTime t : List.of(LocalTime.MIDNIGHT, LocalTime.of(0, 0, 0, 1000), LocalTime.of(23, 59, 59, 999_999_000))) {
            assertThat(api.localTime(t)).isEqualTo(t);
            assertThat(lastReceived()).isEqualTo(t);
        }
        for (OffsetTime t : List.of(OffsetTime.of(6, 0, 0, 0, ZoneOffset.UTC), OffsetTime.of(12, 30, 0, 1000, PST),
                OffsetTime.of(23, 59, 59, 999_999_000, IST))) {
            assertThat(api.offsetTime(t)).isEqualTo(t);
            assertThat(lastReceived()).isEqualTo(t);
        }
    }

    @Test
    void durations() throws Exception {
        for (Duration d : List.of(Duration.ZERO, Duration.ofDays(-1), Duration.ofNanos(-1000),
                Duration.ofDays(3).plusSeconds(7).plusNanos(999_999_000), Duration.ofDays(-999_999_999),
                Duration.ofDays(999_999_999).plusSeconds(86_399).plusNanos(999_999_000))) {
            assertThat(api.duration(d)).isEqualTo(d);
            assertThat(lastReceived()).isEqualTo(d);
        }
    }

    @Test
    void zoneOffsets() throws Exception {
        for (ZoneOffset z : List.of(ZoneOffset.UTC, IST, PST, ZoneOffset.ofHoursMinutesSeconds(-1, -2, -3))) {
            assertThat(api.zoneOffset(z)).isEqualTo(z);
            assertThat(lastReceived()).isEqualTo(z);
        }
    }

    @Test
    void javaTimeValuesArriveAsJavaTimeWhenTheParameterIsObject() {
        assertThat(client.call(String.class, "describe", LocalDate.of(1900, 1, 1)))
                .isEqualTo("java.time.LocalDate 1900-01-01");
        assertThat(client.call(String.class, "describe", OffsetTime.of(12, 30, 0, 0, PST)))
                .isEqualTo("java.time.OffsetTime 12:30-08:00");
        assertThat(client.call(String.class, "describe", Duration.ofMillis(-1)))
                .isEqualTo("java.time.Duration PT-0.001S");
        assertThat(client.call(String.class, "describe", IST)).isEqualTo("java.time.ZoneOffset +05:30");
    }

    @Test
    void translatorTypes() throws Exception {
        assertThat(api.point(new Point(-1, Long.MAX_VALUE))).isEqualTo(new Point(-1, Long.MAX_VALUE));
        assertThat(lastReceived()).isEqualTo(new Point(-1, Long.MAX_VALUE));
        assertThat(api.move(new Point(1, 2), 10, 20)).isEqualTo(new Point(11, 22));
        assertThat(api.points(List.of(new Point(1, 1), new Point(2, 2)))).containsExactly(new Point(1, 1), new Point(2, 2));
        assertThat(client.call(String.class, "describe", new Point(3, 4)))
                .isEqualTo("io.zmqrpc.runtime.values.Point Point(3, 4)");
    }
}
