package io.zmqrpc.runtime.convert;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/** Captures a generic type the way handler signatures carry it: {@code new TypeRef<List<Order>>() {}.type}. */
abstract class TypeRef<T> {

    final Type type;

    protected TypeRef() {
        this.type = ((ParameterizedType) getClass().getGenericSuperclass()).getActualTypeArguments()[0];
    }
}
