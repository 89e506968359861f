package io.zmqrpc.runtime.convert;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Map;

/**
 * Builds a record from a map through its canonical constructor, binding keys to component names.
 * A missing key gives null (an empty optional) for a reference component and an error for a
 * primitive one; keys that name no component are ignored, so a peer may send fields that this
 * version of the record does not have yet.
 */
final class RecordBinder implements Converter {

    private final Type target;
    private final String[] names;
    private final Type[] types;
    private final Converter[] converters;
    private final boolean[] primitive;
    private final MethodHandle constructor;

    /**
     * @param target the record class, or a parameterization of it ({@code Page<Order>}) whose
     *     arguments resolve the components' type variables
     */
    RecordBinder(Type target, TypeConverter owner) {
        Class<?> raw = Types.erasure(target);
        Map<TypeVariable<?>, Type> bindings = Types.bindings(target);
        RecordComponent[] components = raw.getRecordComponents();
        this.target = target;
        this.names = new String[components.length];
        this.types = new Type[components.length];
        this.converters = new Converter[components.length];
        this.primitive = new boolean[components.length];
        Class<?>[] erased = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
            types[i] = Types.resolve(components[i].getGenericType(), bindings);
            converters[i] = new LazyConverter(owner, types[i]);
            primitive[i] = components[i].getType().isPrimitive();
            erased[i] = components[i].getType();
        }
        MethodHandle canonical;
        try {
            canonical = Access.constructor(raw.getDeclaredConstructor(erased));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + raw.getName() + " has no canonical constructor", e);
        }
        // (Object[]) -> Object, unboxing for primitive components, so invokeExact fits every record.
        this.constructor = canonical.asType(canonical.type().generic()).asSpreader(Object[].class, components.length);
    }

    @Override
    public Object convert(Object value) {
        Map<?, ?> fields = FieldMaps.require(value, target);
        Object[] arguments = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            Object field = fields.get(names[i]);
            if (field == null && primitive[i] && !fields.containsKey(names[i])) {
                throw FieldMaps.missing(types[i]).under(names[i]);
            }
            try {
                arguments[i] = converters[i].convert(field);
            } catch (ConversionException e) {
                throw e.under(names[i]);
            }
        }
        try {
            return constructor.invokeExact(arguments);
        } catch (Throwable failure) {
            // The compact constructor's own validation, most likely.
            throw FieldMaps.userFailure("construct", target, failure);
        }
    }
}
