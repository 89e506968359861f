package io.zmqrpc.runtime.values;

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

/** What the values tests call: each method returns its argument, bound to and from its declared type. */
public interface ValuesApi {

    Order order(Order order);

    List<Order> orders(List<Order> orders);

    Map<String, List<Line>> shelves(Map<String, List<Line>> shelves);

    Optional<Line> maybe(Optional<Line> line);

    Page<Line> page(Page<Line> page);

    OptionalInt optionalInt(OptionalInt v);

    Customer customer(Customer customer);

    Status status(Status status);

    LocalDate localDate(LocalDate v);

    LocalDateTime localDateTime(LocalDateTime v);

    OffsetDateTime offsetDateTime(OffsetDateTime v);

    ZonedDateTime zonedDateTime(ZonedDateTime v);

    Instant instant(Instant v);

    LocalTime localTime(LocalTime v);

    OffsetTime offsetTime(OffsetTime v);

    Duration duration(Duration v);

    ZoneOffset zoneOffset(ZoneOffset v);

    Point point(Point p);

    Point move(Point p, long dx, long dy);

    List<Point> points(List<Point> points);
}
