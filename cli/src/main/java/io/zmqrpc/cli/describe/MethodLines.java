package io.zmqrpc.cli.describe;

import io.zmqrpc.cli.CliException;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads the {@code _zmqrpc.describe} reply and prints a method as
 * {@code calc.add(a: long, b: long) -> long}; {@code java.lang.} is left out of type names.
 */
final class MethodLines {

    private MethodLines() {
    }

    /** @throws CliException (exit 1) when the reply does not have the documented shape */
    static List<Map<?, ?>> methods(Object description) {
        if (description instanceof Map<?, ?> map && map.get("methods") instanceof List<?> list
                && list.stream().allMatch(m -> m instanceof Map<?, ?> e && e.get("name") instanceof String)) {
            return list.stream().<Map<?, ?>>map(m -> (Map<?, ?>) m).toList();
        }
        throw CliException.remote("the server's description is not {\"methods\": [{\"name\": ...}, ...]}");
    }

    static String line(Map<?, ?> method) {
        Object params = method.get("params");
        if (!(params instanceof List<?> list)) {
            return method.get("name") + "(...)";
        }
        StringJoiner joined = new StringJoiner(", ", method.get("name") + "(", ")");
        for (int i = 0; i < list.size(); i++) {
            Map<?, ?> p = (Map<?, ?>) list.get(i);
            boolean varargs = Boolean.TRUE.equals(method.get("varargs")) && i == list.size() - 1;
            String param = (varargs ? "*" : "") + p.get("name") + ": " + shortType(p.get("type"));
            joined.add(Boolean.FALSE.equals(p.get("required")) && !varargs ? "[" + param + "]" : param);
        }
        return joined + " -> " + shortType(method.get("returns"));
    }

    private static String shortType(Object type) {
        return String.valueOf(type).replace("java.lang.", "");
    }
}
