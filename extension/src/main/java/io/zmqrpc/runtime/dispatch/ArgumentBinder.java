package io.zmqrpc.runtime.dispatch;

import io.zmqrpc.ParametersException;
import io.zmqrpc.runtime.convert.ConversionException;
import io.zmqrpc.runtime.convert.TypeConverter;
import io.zmqrpc.runtime.python.PythonRepr;
import java.lang.reflect.Array;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds wire arguments to one Java method's or constructor's parameters like Python's
 * {@code Signature.bind}: positional arguments first, then keyword arguments by parameter name (the
 * project compiles with {@code -parameters}), each converted to the declared (generic) type. A
 * trailing varargs parameter takes the extra positional arguments, and an {@code Optional}
 * parameter may be left out. Any mismatch is a {@link ParametersException} whose message names the
 * parameter, in aiozmq's words where aiozmq has them.
 *
 * <p>The dispatcher binds calls with it, and the error registry binds a remote exception's args to
 * the constructor of the class it is mapped to, so both convert arguments the same way.
 */
public final class ArgumentBinder {

    private final String[] names;
    private final Type[] types;
    private final boolean[] optional;
    private final Map<String, Integer> indexByName;
    private final boolean varargs;
    private final Type varargsElement;
    private final TypeConverter converter;

    /**
     * Prepares the binding of one method or constructor.
     *
     * @param target the method or constructor whose parameters the arguments bind
     * @param converter converts each argument to its parameter's declared type
     */
    public ArgumentBinder(Executable target, TypeConverter converter) {
        Parameter[] params = target.getParameters();
        this.names = new String[params.length];
        this.types = new Type[params.length];
        this.optional = new boolean[params.length];
        this.indexByName = new HashMap<>();
        for (int i = 0; i < params.length; i++) {
            names[i] = params[i].getName();
            types[i] = params[i].getParameterizedType();
            optional[i] = params[i].getType() == Optional.class;
            indexByName.put(names[i], i);
        }
        this.varargs = target.isVarArgs();
        Type last = varargs ? types[params.length - 1] : null;
        this.varargsElement = last instanceof GenericArrayType g ? g.getGenericComponentType()
                : last != null ? ((Class<?>) last).getComponentType() : null;
        this.converter = converter;
    }

    /**
     * Binds and converts the arguments.
     *
     * @param args the positional arguments
     * @param kwargs the keyword arguments
     * @return one value per parameter, a varargs parameter's as an array
     * @throws ParametersException when the arguments do not bind or do not convert
     */
    public Object[] bind(List<Object> args, Map<String, Object> kwargs) {
        int fixed = varargs ? names.length - 1 : names.length;
        if (args.size() > fixed && !varargs) {
            throw Failures.parameters("too many positional arguments");
        }
        Object[] bound = new Object[names.length];
        boolean[] set = new boolean[names.length];
        int positional = Math.min(args.size(), fixed);
        for (int i = 0; i < positional; i++) {
            bound[i] = convert(args.get(i), i);
            set[i] = true;
        }
        if (varargs) {
            bound[fixed] = varargsArray(args, fixed);
            set[fixed] = true;
        }
        for (Map.Entry<String, Object> kw : kwargs.entrySet()) {
            Integer i = indexByName.get(kw.getKey());
            if (i == null || (varargs && i == fixed)) {
                throw Failures.parameters("got an unexpected keyword argument " + PythonRepr.string(kw.getKey()));
            }
            if (set[i]) {
                throw Failures.parameters("multiple values for argument " + PythonRepr.string(kw.getKey()));
            }
            bound[i] = convert(kw.getValue(), i);
            set[i] = true;
        }
        for (int i = 0; i < fixed; i++) {
            if (!set[i]) {
                if (!optional[i]) {
                    throw Failures.parameters("missing a required argument: " + PythonRepr.string(names[i]));
                }
                bound[i] = Optional.empty();
            }
        }
        return bound;
    }

    private Object varargsArray(List<Object> args, int from) {
        int n = Math.max(0, args.size() - from);
        Class<?> component = rawClass(varargsElement);
        Object array = Array.newInstance(component, n);
        for (int i = 0; i < n; i++) {
            Array.set(array, i, convertTo(args.get(from + i), varargsElement, names[from] + "[" + i + "]"));
        }
        return array;
    }

    private Object convert(Object value, int index) {
        return convertTo(value, types[index], names[index]);
    }

    private Object convertTo(Object value, Type type, String name) {
        try {
            return converter.convert(value, type);
        } catch (ConversionException e) {
            throw Failures.parameters(e.under(name).getMessage());
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
