package io.zmqrpc.runtime.convert;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Map;

/**
 * Builds a record from a map through its canonical constructor, binding keys to component names
 * (rules in {@link BoundFields}). Unknown keys are ignored, so a peer may send fields that this
 * version of the record does not have yet.
 */
final class RecordBinder implements Converter {

    private final BoundFields fields;
    private final MethodHandle constructor;

    /**
     * @param target the record class, or a parameterization of it ({@code Page<Order>}) whose
     *     arguments resolve the components' type variables
     */
    RecordBinder(Type target, TypeConverter owner) {
        Class<?> raw = Types.erasure(target);
        Map<TypeVariable<?>, Type> bindings = Types.bindings(target);
        RecordComponent[] components = raw.getRecordComponents();
        this.fields = new BoundFields(target, components.length);
        Class<?>[] erased = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            erased[i] = components[i].getType();
            fields.define(i, components[i].getName(), Types.resolve(components[i].getGenericType(), bindings),
                    erased[i].isPrimitive(), owner);
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
        Map<?, ?> map = fields.require(value);
        Object[] arguments = new Object[fields.size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = fields.convert(map, i);
        }
        try {
            return constructor.invokeExact(arguments);
        } catch (Throwable failure) {
            // The compact constructor's own validation, most likely.
            throw fields.userFailure("construct", failure);
        }
    }
}
