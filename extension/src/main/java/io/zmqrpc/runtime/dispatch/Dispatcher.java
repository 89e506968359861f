package io.zmqrpc.runtime.dispatch;

import io.zmqrpc.ParametersException;
import io.zmqrpc.spi.DynamicHandler;
import io.zmqrpc.spi.RemoteCall;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves dotted remote names against a handler tree and calls the target. The tree's nodes are
 * handler objects (their {@code @RpcMethod} methods and sub-handlers), {@code Map}s of name to
 * node (aiozmq's dict handler) and {@link DynamicHandler}s consulted at call time.
 *
 * <p>Names that resolve through static nodes only are cached after their first call; the cache
 * holds only names that exist, so unknown names sent by a peer cannot grow it.
 */
public final class Dispatcher {

    private final Object root;
    private final Map<String, Target> resolved = new ConcurrentHashMap<>();
    private final boolean declaresInline;

    /**
     * Creates a dispatcher.
     *
     * @param root the root handler
     */
    public Dispatcher(Object root) {
        this.root = Objects.requireNonNull(root, "handler");
        this.declaresInline = declaresInline(root, 0);
    }

    /**
     * Whether any part of the tree runs inline, so that a server need not ask for each call.
     *
     * @return true when some method is declared inline or some node is an {@link InlineHandler}
     */
    public boolean declaresInline() {
        return declaresInline;
    }

    private static boolean declaresInline(Object node, int depth) {
        if (node == null || depth > 16 || node instanceof DynamicHandler || node instanceof RemoteCall) {
            return false;
        }
        if (node instanceof InlineHandler) {
            return true;
        }
        if (node instanceof CompositeHandler composite) {
            return composite.members().stream().anyMatch(m -> declaresInline(m, depth))
                    || composite.children().values().stream().anyMatch(c -> declaresInline(c, depth + 1));
        }
        if (node instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(v -> declaresInline(v, depth + 1));
        }
        HandlerType type = HandlerType.of(node.getClass());
        return type.methods().values().stream().anyMatch(RemoteMethod::inline)
                || type.subHandlerNames().stream().anyMatch(sub -> declaresInline(type.subHandler(node, sub), depth + 1));
    }

    /**
     * The error for a call whose name decoded but whose arguments did not: aiozmq's
     * {@code ParametersError}, so that the caller fails at once instead of timing out (a zmqrpc
     * extension; aiozmq itself drops such a request).
     *
     * @param reason what the decoder refused
     * @return the exception to answer with
     */
    public static ParametersException undecodableArguments(String reason) {
        return Failures.parameters("cannot decode the arguments: " + reason);
    }

    /**
     * Resolves and runs a call on the current thread.
     *
     * @param name the dotted remote name
     * @param args positional arguments as decoded
     * @param kwargs keyword arguments as decoded
     * @return the result, possibly a CompletionStage
     * @throws io.zmqrpc.MethodNotFoundException when nothing answers to the name
     * @throws io.zmqrpc.ParametersException when the arguments do not bind
     * @throws Exception what the handler threw
     */
    public Object call(String name, List<Object> args, Map<String, Object> kwargs) throws Exception {
        Target target = resolved.get(name);
        if (target == null) {
            target = resolve(name);
        }
        return target.invoke(args, kwargs);
    }

    /**
     * Whether a call to this name runs on the thread that read it: its method was declared
     * {@code @RpcMethod(inline = true)}, or it is served through an {@link InlineHandler}. A name
     * nothing answers to does not (its error is answered from the executor like any call).
     *
     * @param name the dotted remote name
     * @return true to run the call inline
     */
    public boolean runsInline(String name) {
        Target target = resolved.get(name);
        if (target == null) {
            try {
                target = resolve(name);
            } catch (RuntimeException notFound) {
                return false;
            }
        }
        return target.inline();
    }

    /**
     * Lists the remote names the static part of the tree serves (for validation and logs).
     *
     * @return the names, dotted
     */
    public Set<String> staticNames() {
        return staticMethods().keySet();
    }

    /**
     * The remote methods the static part of the tree serves, with the Java method behind each
     * (for a server's description of itself); a {@link RemoteCall} in a map has no declaration
     * and maps to an empty value.
     *
     * @return the methods by dotted remote name, sorted by name
     */
    public SortedMap<String, Optional<Method>> staticMethods() {
        SortedMap<String, Optional<Method>> methods = new TreeMap<>();
        collect(root, "", methods, 0);
        return methods;
    }

    private static void collect(Object node, String prefix,
            Map<String, Optional<Method>> into, int depth) {
        if (node == null || depth > 16) {
            return;
        }
        if (node instanceof InlineHandler inline) {
            collect(inline.handler(), prefix, into, depth);
            return;
        }
        if (node instanceof CompositeHandler composite) {
            composite.members().forEach(m -> collect(m, prefix, into, depth));
            composite.children().forEach((k, v) -> collect(v, prefix + k + ".", into, depth + 1));
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v instanceof RemoteCall) {
                    into.put(prefix + k, Optional.empty());
                } else {
                    collect(v, prefix + k + ".", into, depth + 1);
                }
            });
            return;
        }
        HandlerType type = HandlerType.of(node.getClass());
        type.methods().forEach((n, m) -> into.put(prefix + n, Optional.of(m.method())));
        for (String sub : type.subHandlerNames()) {
            collect(type.subHandler(node, sub), prefix + sub + ".", into, depth + 1);
        }
    }

    private Target resolve(String name) {
        if (name.isEmpty()) {
            throw Failures.notFound(name);
        }
        String[] parts = name.split("\\.", -1);
        Object node = root;
        boolean cacheable = true;
        for (int i = 0; i < parts.length - 1; i++) {
            cacheable &= isStatic(node);
            node = child(node, parts[i]);
            if (node == null || node instanceof RemoteCall) {
                throw Failures.notFound(name);
            }
        }
        cacheable &= isStatic(node);
        Target target = leaf(node, parts[parts.length - 1]);
        if (target == null) {
            throw Failures.notFound(name);
        }
        if (cacheable) {
            resolved.putIfAbsent(name, target);
        }
        return target;
    }

    private static boolean isStatic(Object node) {
        if (node instanceof InlineHandler inline) {
            return isStatic(inline.handler());
        }
        if (node instanceof CompositeHandler composite) {
            return composite.members().stream().allMatch(Dispatcher::isStatic);
        }
        return !(node instanceof DynamicHandler);
    }

    private static Object child(Object node, String segment) {
        if (segment.isEmpty()) {
            return null;
        }
        if (node instanceof InlineHandler inline) {
            // What is reached through an inline node runs inline too.
            Object found = child(inline.handler(), segment);
            return found == null ? null : InlineHandler.of(found);
        }
        if (node instanceof CompositeHandler composite) {
            CompositeHandler level = composite.child(segment);
            if (level != null) {
                return level;
            }
            for (Object member : composite.members()) {
                Object found = child(member, segment);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node instanceof Map<?, ?> map) {
            return map.get(segment);
        }
        if (node instanceof DynamicHandler dynamic) {
            Object found = dynamic.lookup(segment);
            if (found != null) {
                return found;
            }
        }
        return HandlerType.of(node.getClass()).subHandler(node, segment);
    }

    private static Target leaf(Object node, String segment) {
        if (segment.isEmpty()) {
            return null;
        }
        if (node instanceof InlineHandler inline) {
            Target found = leaf(inline.handler(), segment);
            return found == null ? null : found.inlined();
        }
        if (node instanceof CompositeHandler composite) {
            for (Object member : composite.members()) {
                Target found = leaf(member, segment);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node instanceof Map<?, ?> map) {
            return map.get(segment) instanceof RemoteCall call ? new Target.Dynamic(call) : null;
        }
        if (node instanceof DynamicHandler dynamic) {
            Object found = dynamic.lookup(segment);
            if (found instanceof RemoteCall call) {
                return new Target.Dynamic(call);
            }
        }
        RemoteMethod method = HandlerType.of(node.getClass()).method(segment);
        return method == null ? null : new Target.Bound(node, method);
    }
}
