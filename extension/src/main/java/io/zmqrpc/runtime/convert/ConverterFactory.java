package io.zmqrpc.runtime.convert;

import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Decides how a target type converts, once per type; {@link TypeConverter} caches the result.
 * Nested types (elements, keys, components) come from the owner's cache, so each type is planned
 * once however often it occurs.
 */
final class ConverterFactory {

    private final TypeConverter owner;

    ConverterFactory(TypeConverter owner) {
        this.owner = owner;
    }

    Converter build(Type target) {
        try {
            return plan(target);
        } catch (IllegalStateException e) {
            // A type that cannot be bound (not accessible, ambiguous setters) fails every value the
            // same way, without reflecting again.
            String reason = e.getMessage();
            return new GuardedConverter(target, null, value -> {
                throw ConversionException.cannotConvert(value, target, reason, e);
            });
        }
    }

    private Converter plan(Type target) {
        if (target instanceof Class<?> type) {
            return type == Object.class ? Converter.IDENTITY : new GuardedConverter(type, type, body(type, type, null));
        }
        if (target instanceof ParameterizedType parameterized) {
            Class<?> raw = Types.erasure(parameterized);
            // A List<Order> holding maps is a List that still needs converting; a Box<String> from a
            // user translator is just right.
            Class<?> passThrough = ContainerConverters.isContainer(raw) ? null : raw;
            return new GuardedConverter(target, passThrough, body(target, raw, parameterized.getActualTypeArguments()));
        }
        if (target instanceof GenericArrayType array) {
            Type component = array.getGenericComponentType();
            return new GuardedConverter(target, null,
                    ArrayConverters.forArray(target, Types.erasure(component), owner.converterFor(component)));
        }
        if (target instanceof TypeVariable<?> variable) {
            // Nothing binds it here (a generic method's <T>): its bound is all that is known.
            return owner.converterFor(Types.erasure(variable));
        }
        if (target instanceof WildcardType) {
            return owner.converterFor(Types.resolve(target, Map.of()));
        }
        throw new IllegalArgumentException("unknown kind of type: " + target);
    }

    /**
     * @param arguments the type arguments, or null for a class (whose elements are then Objects)
     */
    private Converter body(Type target, Class<?> raw, Type[] arguments) {
        Converter converter = ScalarConverters.forClass(raw);
        if (converter == null) {
            converter = NumberConverters.forClass(raw);
        }
        if (converter == null) {
            converter = TimeConverters.forClass(raw);
        }
        if (converter == null && raw.isArray()) {
            Class<?> component = raw.getComponentType();
            converter = ArrayConverters.forArray(target, component, owner.converterFor(component));
        }
        // Type arguments are planned only for a container that uses them.
        IntFunction<Converter> argument = index -> arguments == null ? Converter.IDENTITY : owner.converterFor(arguments[index]);
        if (converter == null && raw == Optional.class) {
            converter = ContainerConverters.optional(argument.apply(0));
        }
        if (converter == null) {
            converter = ContainerConverters.collection(target, raw, argument);
        }
        if (converter == null) {
            converter = MapConverters.map(target, raw, argument);
        }
        return converter != null ? converter : structure(target, raw);
    }

    private Converter structure(Type target, Class<?> raw) {
        if (raw.isEnum()) {
            return new EnumConverter(raw);
        }
        if (raw.isRecord() && !BeanIntrospection.isPlatform(raw)) {
            return new RecordBinder(target, owner);
        }
        Constructor<?> constructor = BeanIntrospection.constructor(raw);
        if (constructor != null && !BeanIntrospection.setters(raw).isEmpty()) {
            return new BeanBinder(target, constructor, owner);
        }
        return value -> {
            throw ConversionException.cannotConvert(value, target, "unsupported target type");
        };
    }
}
