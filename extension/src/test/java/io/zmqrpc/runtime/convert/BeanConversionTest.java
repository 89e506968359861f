package io.zmqrpc.runtime.convert;

import static io.zmqrpc.runtime.convert.Fixtures.list;
import static io.zmqrpc.runtime.convert.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.runtime.convert.Fixtures.AbstractBean;
import io.zmqrpc.runtime.convert.Fixtures.Ambiguous;
import io.zmqrpc.runtime.convert.Fixtures.IntIdBean;
import io.zmqrpc.runtime.convert.Fixtures.Line;
import io.zmqrpc.runtime.convert.Fixtures.NoSetters;
import io.zmqrpc.runtime.convert.Fixtures.OrderBean;
import io.zmqrpc.runtime.convert.Fixtures.ThrowingBean;
import io.zmqrpc.runtime.convert.Fixtures.UrlBean;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BeanConversionTest {

    private final TypeConverter converter = new TypeConverter();

    @Test
    void mapBindsThroughSetters() {
        Object decoded = map("id", "o1", "qty", 3L, "urgent", true, "note", "rush",
                "lines", list(map("sku", "a", "qty", 1L)), "writeOnly", "w", "readOnly", "ignored", "extra", 1L);

        OrderBean bean = (OrderBean) converter.convert(decoded, OrderBean.class);

        assertThat(bean.getId()).isEqualTo("o1");
        assertThat(bean.getQty()).isEqualTo(3);
        assertThat(bean.isUrgent()).isTrue();
        assertThat(bean.getNote()).contains("rush");
        assertThat(bean.getLines()).containsExactly(new Line("a", 1, null));
        assertThat(bean.writeOnlyValue()).isEqualTo("w");
    }

    @Test
    void missingKeysFollowTheRecordRules() {
        OrderBean bean = (OrderBean) converter.convert(map("qty", 1L, "urgent", false), OrderBean.class);

        assertThat(bean.getId()).isNull();
        assertThat(bean.getLines()).isNull();
        assertThat(bean.getNote()).isEmpty();
    }

    @Test
    void missingPrimitivePropertyIsAnError() {
        assertThatThrownBy(() -> converter.convert(map("qty", 1L), OrderBean.class))
                .isExactlyInstanceOf(ConversionException.class)
                .hasMessage("missing value for boolean at urgent");
    }

    @Test
    void nestedFailureNamesThePropertyPath() {
        Object decoded = map("qty", 1L, "urgent", true, "lines", list(map("sku", "a", "qty", 1.5)));

        assertThatThrownBy(() -> converter.convert(decoded, OrderBean.class))
                .hasMessage("cannot convert float 1.5 to int at lines[0].qty")
                .extracting(e -> ((ConversionException) e).path()).isEqualTo("lines[0].qty");
    }

    @Test
    void inheritedGenericSetterResolvesThroughTheSuperclass() {
        IntIdBean bean = (IntIdBean) converter.convert(map("id", 5L), IntIdBean.class);

        assertThat(bean.getId()).isEqualTo(5);
        assertThatThrownBy(() -> converter.convert(map("id", "x"), IntIdBean.class))
                .hasMessage("cannot convert str \"x\" to Integer at id");
    }

    @Test
    void acronymPropertiesKeepTheirCase() {
        UrlBean bean = (UrlBean) converter.convert(map("URL", "tcp://x"), UrlBean.class);

        assertThat(bean.getURL()).isEqualTo("tcp://x");
    }

    @Test
    void setterFailureIsReported() {
        assertThatThrownBy(() -> converter.convert(map("qty", -1L), ThrowingBean.class))
                .isExactlyInstanceOf(ConversionException.class)
                .hasMessage("cannot set qty of ThrowingBean: IllegalArgumentException: negative")
                .hasCauseExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ambiguousSettersFailEveryConversionToThatType() {
        assertThatThrownBy(() -> converter.convert(map(), Ambiguous.class))
                .isExactlyInstanceOf(ConversionException.class)
                .hasMessage("cannot convert map (0 entries) to Ambiguous: bean " + Ambiguous.class.getName()
                        + " has ambiguous setters for property x");
    }

    @ParameterizedTest
    @ValueSource(classes = {Thread.class, NoSetters.class, AbstractBean.class, Runnable.class})
    void classesThatAreNotBeansAreUnsupported(Class<?> target) {
        assertThatThrownBy(() -> converter.convert(map("name", "x"), target))
                .isExactlyInstanceOf(ConversionException.class)
                .hasMessage("cannot convert map (1 entry) to " + target.getSimpleName() + ": unsupported target type");
    }

    @Test
    void beansInsideGenerics() {
        Type target = new TypeRef<Optional<List<IntIdBean>>>() { }.type;

        Object result = converter.convert(list(map("id", 1L)), target);

        assertThat(result).isInstanceOfSatisfying(Optional.class, optional ->
                assertThat(((List<?>) optional.orElseThrow()).get(0)).extracting("id").isEqualTo(1));
    }
}
