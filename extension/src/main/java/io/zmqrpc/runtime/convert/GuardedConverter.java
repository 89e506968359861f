package io.zmqrpc.runtime.convert;

import java.lang.reflect.Type;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The checks every target shares, before its own conversion: nil becomes null (or an empty
 * optional, or an error for a primitive), and a value that already is an instance of the target
 * class passes as is (user translator types, {@code ExtValue}, {@code String}...).
 */
final class GuardedConverter implements Converter {

    private final Type target;
    private final Class<?> passThrough;
    private final boolean nullable;
    private final Object whenNull;
    private final Converter body;

    /**
     * @param passThrough instances of this class are returned unchanged; null when a value of the
     *     right class may still need converting inside (a {@code List<Order>} holding maps)
     */
    GuardedConverter(Type target, Class<?> passThrough, Converter body) {
        Class<?> raw = Types.erasure(target);
        this.target = target;
        this.passThrough = passThrough;
        this.nullable = !raw.isPrimitive();
        this.whenNull = emptyValue(raw);
        this.body = body;
    }

    private static Object emptyValue(Class<?> raw) {
        if (raw == Optional.class) {
            return Optional.empty();
        }
        if (raw == OptionalInt.class) {
            return OptionalInt.empty();
        }
        if (raw == OptionalLong.class) {
            return OptionalLong.empty();
        }
        if (raw == OptionalDouble.class) {
            return OptionalDouble.empty();
        }
        return null;
    }

    @Override
    public Object convert(Object value) {
        if (value == null) {
            if (nullable) {
                return whenNull;
            }
            throw ConversionException.cannotConvert(null, target);
        }
        if (passThrough != null && passThrough.isInstance(value)) {
            return value;
        }
        return body.convert(value);
    }
}
