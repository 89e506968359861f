package io.zmqrpc.runtime.convert;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Map;
import java.util.SortedMap;

/**
 * Builds a JavaBean from a map: no-arg constructor, then one setter per writable property, in
 * alphabetical order. The rules are those of records: a missing key sets null (an empty optional)
 * and is an error for a primitive property, so the bean says exactly what the map said; keys that
 * name no writable property are ignored.
 */
final class BeanBinder implements Converter {

    private final Type target;
    private final String[] names;
    private final Type[] types;
    private final Converter[] converters;
    private final boolean[] primitive;
    private final MethodHandle[] setters;
    private final MethodHandle constructor;

    BeanBinder(Type target, Constructor<?> constructor, TypeConverter owner) {
        Class<?> raw = Types.erasure(target);
        Map<TypeVariable<?>, Type> bindings = Types.bindings(target);
        SortedMap<String, Method> properties = BeanIntrospection.setters(raw);
        int size = properties.size();
        this.target = target;
        this.names = new String[size];
        this.types = new Type[size];
        this.converters = new Converter[size];
        this.primitive = new boolean[size];
        this.setters = new MethodHandle[size];
        int i = 0;
        for (Map.Entry<String, Method> property : properties.entrySet()) {
            Method setter = property.getValue();
            names[i] = property.getKey();
            types[i] = Types.resolve(setter.getGenericParameterTypes()[0], bindings);
            converters[i] = new LazyConverter(owner, types[i]);
            primitive[i] = setter.getParameterTypes()[0].isPrimitive();
            MethodHandle handle = Access.method(setter);
            setters[i] = handle.asType(MethodType.methodType(void.class, Object.class, Object.class));
            i++;
        }
        MethodHandle noArg = Access.constructor(constructor);
        this.constructor = noArg.asType(MethodType.methodType(Object.class));
    }

    @Override
    public Object convert(Object value) {
        Map<?, ?> fields = FieldMaps.require(value, target);
        Object bean;
        try {
            bean = constructor.invokeExact();
        } catch (Throwable failure) {
            throw FieldMaps.userFailure("construct", target, failure);
        }
        for (int i = 0; i < names.length; i++) {
            Object field = fields.get(names[i]);
            if (field == null && primitive[i] && !fields.containsKey(names[i])) {
                throw FieldMaps.missing(types[i]).under(names[i]);
            }
            Object converted;
            try {
                converted = converters[i].convert(field);
            } catch (ConversionException e) {
                throw e.under(names[i]);
            }
            try {
                setters[i].invokeExact(bean, converted);
            } catch (Throwable failure) {
                throw FieldMaps.userFailure("set " + names[i] + " of", target, failure);
            }
        }
        return bean;
    }
}
