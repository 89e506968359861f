package io.zmqrpc.runtime.values;

import io.zmqrpc.RpcMethod;
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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The Java server of the values tests. Every typed method checks that its argument arrived as the
 * declared type (the cast would fail otherwise) and records it; {@code describe} tells a Python
 * peer which Java class its value became.
 */
public class ValuesService implements ValuesApi {

    /** Every argument the typed methods received, in order. */
    public final BlockingQueue<Object> received = new LinkedBlockingQueue<>();

    private <T> T got(Class<T> type, Object value) {
        received.add(value == null ? Optional.empty() : value);
        return value == null ? null : type.cast(value);
    }

    /**
     * The Java class and string form of what arrived.
     *
     * @param value any value
     * @return for example {@code java.time.LocalDate 1900-01-01}
     */
    @RpcMethod
    public String describe(Object value) {
        return (value == null ? "null" : value.getClass().getName()) + " " + value;
    }

    /**
     * Sends back what arrived, as decoded.
     *
     * @param value any value
     * @return the value
     */
    @RpcMethod
    public Object echo(Object value) {
        return value;
    }

    /**
     * A result no Python peer could read: integer map keys.
     *
     * @return a map with an integer key
     */
    @RpcMethod
    public Map<Integer, String> numbered() {
        return Map.of(1, "one");
    }

    /**
     * Binds a dict to a record and sends the record back.
     *
     * @param order the order
     * @return the order
     */
    @RpcMethod("echo_order")
    public Order echoOrder(Order order) {
        return got(Order.class, order);
    }

    @RpcMethod
    @Override
    public Order order(Order order) {
        return got(Order.class, order);
    }

    @RpcMethod
    @Override
    public List<Order> orders(List<Order> orders) {
        orders.forEach(o -> got(Order.class, o));
        return orders;
    }

    @RpcMethod
    @Override
    public Map<String, List<Line>> shelves(Map<String, List<Line>> shelves) {
        shelves.values().forEach(list -> list.forEach(l -> got(Line.class, l)));
        return shelves;
    }

    @RpcMethod
    @Override
    public Optional<Line> maybe(Optional<Line> line) {
        got(Optional.class, line);
        return line;
    }

    @RpcMethod
    @Override
    public Page<Line> page(Page<Line> page) {
        page.items().forEach(l -> got(Line.class, l));
        return page;
    }

    @RpcMethod
    @Override
    public OptionalInt optionalInt(OptionalInt v) {
        return got(OptionalInt.class, v);
    }

    @RpcMethod
    @Override
    public Customer customer(Customer customer) {
        return got(Customer.class, customer);
    }

    @RpcMethod
    @Override
    public Status status(Status status) {
        return got(Status.class, status);
    }

    @RpcMethod
    @Override
    public LocalDate localDate(LocalDate v) {
        return got(LocalDate.class, v);
    }

    @RpcMethod
    @Override
    public LocalDateTime localDateTime(LocalDateTime v) {
        return got(LocalDateTime.class, v);
    }

    @RpcMethod
    @Override
    public OffsetDateTime offsetDateTime(OffsetDateTime v) {
        return got(OffsetDateTime.class, v);
    }

    @RpcMethod
    @Override
    public ZonedDateTime zonedDateTime(ZonedDateTime v) {
        return got(ZonedDateTime.class, v);
    }

    @RpcMethod
    @Override
    public Instant instant(Instant v) {
        return got(Instant.class, v);
    }

    @RpcMethod
    @Override
    public LocalTime localTime(LocalTime v) {
        return got(LocalTime.class, v);
    }

    @RpcMethod
    @Override
    public OffsetTime offsetTime(OffsetTime v) {
        return got(OffsetTime.class, v);
    }

    @RpcMethod
    @Override
    public Duration duration(Duration v) {
        return got(Duration.class, v);
    }

    @RpcMethod
    @Override
    public ZoneOffset zoneOffset(ZoneOffset v) {
        return got(ZoneOffset.class, v);
    }

    @RpcMethod
    @Override
    public Point point(Point p) {
        return got(Point.class, p);
    }

    @RpcMethod
    @Override
    public Point move(Point p, long dx, long dy) {
        got(Point.class, p);
        return new Point(p.x() + dx, p.y() + dy);
    }

    @RpcMethod
    @Override
    public List<Point> points(List<Point> points) {
        points.forEach(p -> got(Point.class, p));
        return points;
    }
}
