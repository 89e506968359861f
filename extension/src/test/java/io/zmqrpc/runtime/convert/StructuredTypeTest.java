package io.zmqrpc.runtime.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.runtime.convert.Fixtures.AbstractBean;
import io.zmqrpc.runtime.convert.Fixtures.IntIdBean;
import io.zmqrpc.runtime.convert.Fixtures.Line;
import io.zmqrpc.runtime.convert.Fixtures.NoSetters;
import io.zmqrpc.runtime.convert.Fixtures.OrderBean;
import io.zmqrpc.runtime.convert.Fixtures.Page;
import io.zmqrpc.runtime.convert.Fixtures.Status;
import io.zmqrpc.runtime.convert.Fixtures.ThrowingBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StructuredTypeTest {

    private static Map<String, Object> read(Object instance) {
        StructuredType type = StructuredType.of(instance.getClass());
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < type.size(); i++) {
            properties.put(type.name(i), type.get(i, instance));
        }
        return properties;
    }

    @Test
    void recordComponentsInDeclarationOrder() {
        Map<String, Object> properties = read(new Line("a", 2, BigDecimal.TEN));

        assertThat(properties).containsExactly(
                Map.entry("sku", "a"), Map.entry("qty", 2), Map.entry("price", BigDecimal.TEN));
    }

    @Test
    void genericRecord() {
        Map<String, Object> properties = read(new Page<>(List.of("x"), 1));

        assertThat(properties).containsExactly(Map.entry("items", List.of("x")), Map.entry("total", 1));
    }

    @Test
    void beanPropertiesWithGetterAndSetterInAlphabeticalOrder() {
        OrderBean bean = new OrderBean();
        bean.setId("o1");
        bean.setQty(3);
        bean.setUrgent(true);
        bean.setNote(Optional.of("n"));
        bean.setLines(List.of());

        Map<String, Object> properties = read(bean);

        // readOnly has no setter and writeOnly no getter: neither would survive a round trip.
        assertThat(properties).containsExactly(
                Map.entry("id", "o1"), Map.entry("lines", List.of()), Map.entry("note", Optional.of("n")),
                Map.entry("qty", 3), Map.entry("urgent", true));
    }

    @Test
    void inheritedProperties() {
        IntIdBean bean = new IntIdBean();
        bean.setId(7);

        assertThat(read(bean)).containsExactly(Map.entry("id", 7));
    }

    @Test
    void descriptionIsCachedPerClass() {
        assertThat(StructuredType.of(Line.class)).isSameAs(StructuredType.of(Line.class));
        assertThat(StructuredType.of(Line.class)).hasToString(
                "StructuredType[sku, qty, price] of " + Line.class.getName());
    }

    @ParameterizedTest
    @ValueSource(classes = {String.class, Long.class, Object.class, ArrayList.class, HashMap.class, Thread.class,
            LocalDate.class, Status.class, Runnable.class, NoSetters.class, AbstractBean.class, int.class,
            int[].class})
    void classesThatAreNeitherRecordNorBeanGiveNull(Class<?> type) {
        assertThat(StructuredType.of(type)).isNull();
    }

    @Test
    void failingGetterIsReportedWithThePropertyName() {
        StructuredType type = StructuredType.of(ThrowingBean.class);

        assertThat(type.name(0)).isEqualTo("boom");
        assertThatThrownBy(() -> type.get(0, new ThrowingBean()))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("cannot read property boom of " + ThrowingBean.class.getName()
                        + ": java.lang.IllegalStateException: boom")
                .hasCauseExactlyInstanceOf(IllegalStateException.class);
    }

    @Test
    void wrongInstanceIsReportedToo() {
        StructuredType type = StructuredType.of(Line.class);

        assertThatThrownBy(() -> type.get(0, "not a line"))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot read property sku of " + Line.class.getName() + ": java.lang.ClassCastException");
    }
}
