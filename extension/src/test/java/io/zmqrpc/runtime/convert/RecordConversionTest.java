package io.zmqrpc.runtime.convert;

import static io.zmqrpc.runtime.convert.Fixtures.list;
import static io.zmqrpc.runtime.convert.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.runtime.convert.Fixtures.Line;
import io.zmqrpc.runtime.convert.Fixtures.Node;
import io.zmqrpc.runtime.convert.Fixtures.Order;
import io.zmqrpc.runtime.convert.Fixtures.Page;
import io.zmqrpc.runtime.convert.Fixtures.Positive;
import io.zmqrpc.runtime.convert.Fixtures.Status;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordConversionTest {

    private final TypeConverter converter = new TypeConverter();

    private static Map<Object, Object> order(String id, Object... lines) {
        return map("id", id, "lines", list(lines), "note", "rush", "status", "NEW");
    }

    private static Map<Object, Object> line(String sku, Object qty) {
        return map("sku", sku, "qty", qty, "price", "9.99");
    }

    @Test
    void mapBindsToComponentsByName() {
        Object result = converter.convert(order("o1", line("a", 2L)), Order.class);

        assertThat(result).isEqualTo(new Order("o1", List.of(new Line("a", 2, new BigDecimal("9.99"))),
                Optional.of("rush"), Status.NEW));
    }

    @Test
    void listOfRecords() {
        Object result = converter.convert(list(order("o1"), order("o2", line("b", 1L))),
                new TypeRef<List<Order>>() { }.type);

        assertThat(result).isEqualTo(List.of(
                new Order("o1", List.of(), Optional.of("rush"), Status.NEW),
                new Order("o2", List.of(new Line("b", 1, new BigDecimal("9.99"))), Optional.of("rush"), Status.NEW)));
    }

    @Test
    void genericRecordResolvesItsTypeVariableFromTheTarget() {
        Object decoded = map("items", list(order("o1")), "total", 1L);

        Object result = converter.convert(decoded, new TypeRef<Page<Order>>() { }.type);

        assertThat(result).isEqualTo(new Page<>(List.of(new Order("o1", List.of(), Optional.of("rush"), Status.NEW)), 1));
    }

    @Test
    void rawGenericRecordKeepsItemsAsDecoded() {
        Object decoded = map("items", list(map("id", "o1")), "total", 1L);

        Object result = converter.convert(decoded, Page.class);

        assertThat(result).isEqualTo(new Page<>(List.of(Map.of("id", "o1")), 1));
    }

    @Test
    void missingReferenceComponentsAreNullAndOptionalsEmpty() {
        Object result = converter.convert(map("id", "o1"), Order.class);

        assertThat(result).isEqualTo(new Order("o1", null, Optional.empty(), null));
    }

    @Test
    void missingPrimitiveComponentIsAnError() {
        assertThatThrownBy(() -> converter.convert(map("sku", "a"), Line.class))
                .isExactlyInstanceOf(ConversionException.class)
                .hasMessage("missing value for int at qty")
                .extracting(e -> ((ConversionException) e).path()).isEqualTo("qty");
    }

    @Test
    void nilForPrimitiveComponentIsAnError() {
        assertThatThrownBy(() -> converter.convert(map("sku", "a", "qty", null), Line.class))
                .hasMessage("cannot convert nil to int at qty");
    }

    @Test
    void unknownKeysAreIgnoredSoPeersCanAddFields() {
        Object result = converter.convert(map("sku", "a", "qty", 1L, "colour", "red", "price", null), Line.class);

        assertThat(result).isEqualTo(new Line("a", 1, null));
    }

    @Test
    void keysThatAreNotStrAreAnError() {
        assertThatThrownBy(() -> converter.convert(map("sku", "a", 1L, "x"), Line.class))
                .isExactlyInstanceOf(ConversionException.class)
                .hasMessage("cannot convert map (2 entries) to Line: key int 1 is not a field name");
    }

    @Test
    void failureDeepInsideNamesTheWholePath() {
        Object decoded = list(order("o1"), order("o2", line("a", 1L), line("b", 2L), line("c", "abc")));

        assertThatThrownBy(() -> converter.convert(decoded, new TypeRef<List<Order>>() { }.type))
                .isExactlyInstanceOf(ConversionException.class)
                .hasMessage("cannot convert str \"abc\" to int at [1].lines[2].qty")
                .extracting(e -> ((ConversionException) e).under("orders").getMessage())
                .isEqualTo("cannot convert str \"abc\" to int at orders[1].lines[2].qty");
    }

    @Test
    void genericRecordFailurePath() {
        Object decoded = map("items", list(map("id", "o1", "status", "LOST")), "total", 1L);

        assertThatThrownBy(() -> converter.convert(decoded, new TypeRef<Page<Order>>() { }.type))
                .hasMessage("cannot convert str \"LOST\" to Status at items[0].status: no such constant");
    }

    @Test
    void recordFromSomethingElseThanMap() {
        assertThatThrownBy(() -> converter.convert(list(), Line.class))
                .hasMessage("cannot convert array (0 items) to Line");
    }

    @Test
    void compactConstructorValidationIsReported() {
        assertThatThrownBy(() -> converter.convert(map("qty", -1L), Positive.class))
                .isExactlyInstanceOf(ConversionException.class)
                .hasMessage("cannot construct Positive: IllegalArgumentException: qty must be positive")
                .hasCauseExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recursiveRecord() {
        Object decoded = map("name", "root", "children", list(map("name", "leaf", "children", list())));

        Object result = converter.convert(decoded, Node.class);

        assertThat(result).isEqualTo(new Node("root", List.of(new Node("leaf", List.of()))));
    }

    @Test
    void instanceOfTheRecordPassesAsIs() {
        Line line = new Line("a", 1, BigDecimal.ONE);

        assertThat(converter.convert(line, Line.class)).isSameAs(line);
    }
}
