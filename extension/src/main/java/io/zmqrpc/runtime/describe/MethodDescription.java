package io.zmqrpc.runtime.describe;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One method's entry in the description: {@code name}, {@code params} (each {@code name},
 * {@code type}, {@code required}), {@code varargs} and {@code returns}, types as Java writes them
 * ({@code long}, {@code java.util.List<java.lang.String>}). A dynamic call, which declares
 * nothing, has only its name, with {@code params} and {@code returns} nil.
 */
final class MethodDescription {

    private MethodDescription() {
    }

    static Map<String, Object> of(String name, Optional<Method> declared) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        Method method = declared.orElse(null);
        entry.put("params", method == null ? null : params(method));
        entry.put("varargs", method != null && method.isVarArgs());
        entry.put("returns", method == null ? null : method.getGenericReturnType().getTypeName());
        return entry;
    }

    private static List<Map<String, Object>> params(Method method) {
        List<Map<String, Object>> params = new ArrayList<>();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Parameter p = parameters[i];
            Map<String, Object> param = new LinkedHashMap<>();
            param.put("name", p.getName());
            param.put("type", p.getParameterizedType().getTypeName());
            // As the argument binder decides: an Optional may be left out, and so may varargs.
            boolean lastVarargs = method.isVarArgs() && i == parameters.length - 1;
            param.put("required", p.getType() != Optional.class && !lastVarargs);
            params.add(param);
        }
        return params;
    }
}
