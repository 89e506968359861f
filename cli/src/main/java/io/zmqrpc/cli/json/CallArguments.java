package io.zmqrpc.cli.json;

import io.zmqrpc.cli.CliException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call's arguments as typed: {@code ARG...} then {@code NAME=VALUE...}, each value JSON, a bare
 * word that is not JSON taken as a string. Text that starts like JSON (a digit, {@code -},
 * {@code "}, {@code [} or <code>{</code>) must be valid JSON; to send such text as a string, quote
 * it as JSON ({@code '"-x"'}), and the same for text that contains {@code =} after a name.
 *
 * @param args the positional arguments
 * @param kwargs the keyword arguments, in order
 */
public record CallArguments(List<Object> args, Map<String, Object> kwargs) {

    private static final Pattern KEYWORD = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)", Pattern.DOTALL);
    private static final Pattern JSON_START = Pattern.compile("^\\s*[-0-9\"\\[{]");
    private static final Pattern LITERAL = Pattern.compile("\\s*(true|false|null)\\s*");

    /**
     * Parses the arguments.
     *
     * @param tokens what follows the method name
     * @return the arguments
     * @throws CliException (exit 2) naming the argument and why
     */
    public static CallArguments parse(List<String> tokens) {
        List<Object> args = new ArrayList<>();
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (String token : tokens) {
            Matcher keyword = KEYWORD.matcher(token);
            if (keyword.matches()) {
                String name = keyword.group(1);
                if (kwargs.containsKey(name)) {
                    throw CliException.usage("keyword argument '" + name + "' given twice");
                }
                kwargs.put(name, value(keyword.group(2), "keyword argument '" + name + "'"));
            } else if (!kwargs.isEmpty()) {
                throw CliException.usage("positional argument '" + token + "' follows keyword arguments "
                        + "(put NAME=VALUE last, or quote the text as JSON)");
            } else {
                args.add(value(token, "argument " + (args.size() + 1) + " ('" + token + "')"));
            }
        }
        return new CallArguments(java.util.Collections.unmodifiableList(args), kwargs);
    }

    /**
     * One value: JSON, or a bare word taken as a string.
     *
     * @param text the text
     * @param what names the argument in the error
     * @return the value
     */
    public static Object value(String text, String what) {
        if (!JSON_START.matcher(text).find() && !LITERAL.matcher(text).matches()) {
            return text;
        }
        try {
            return JsonValues.parse(text);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(what + ": " + e.getMessage());
        }
    }
}
