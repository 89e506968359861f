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
 * alphabetical order. The rules are those of records ({@link BoundFields}), so a setter runs for
 * every writable property, with null (an empty optional) when its key is missing: the bean says
 * exactly what the map said, whatever its field initializers say.
 */
final class BeanBinder implements Converter {

    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    private final BoundFields fields;
    private final MethodHandle[] setters;
    private final MethodHandle constructor;

    BeanBinder(Type target, Constructor<?> constructor, TypeConverter owner) {
        Map<TypeVariable<?>, Type> bindings = Types.bindings(target);
        SortedMap<String, Method> properties = BeanIntrospection.setters(Types.erasure(target));
        this.fields = new BoundFields(target, properties.size());
        this.setters = new MethodHandle[properties.size()];
        int i = 0;
        for (Map.Entry<String, Method> property : properties.entrySet()) {
            Method setter = property.getValue();
            fields.define(i, property.getKey(), Types.resolve(setter.getGenericParameterTypes()[0], bindings),
                    setter.getParameterTypes()[0].isPrimitive(), owner);
            setters[i] = Access.method(setter).asType(SETTER);
            i++;
        }
        this.constructor = Access.constructor(constructor).asType(MethodType.methodType(Object.class));
    }

    @Override
    public Object convert(Object value) {
        Map<?, ?> map = fields.require(value);
        Object bean;
        try {
            bean = constructor.invokeExact();
        } catch (Throwable failure) {
            throw fields.userFailure("construct", failure);
        }
        for (int i = 0; i < setters.length; i++) {
            Object converted = fields.convert(map, i);
            try {
                setters[i].invokeExact(bean, converted);
            } catch (Throwable failure) {
                throw fields.userFailure("set " + fields.name(i) + " of", failure);
            }
        }
        return bean;
    }
}
