package io.zmqrpc.runtime.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A level of a composed handler tree: the handlers merged at this level and the named levels below
 * it. Built once by {@link io.zmqrpc.runtime.Handlers}; immutable afterwards.
 */
public final class CompositeHandler {

    private final List<Object> members;
    private final Map<String, CompositeHandler> children;

    private CompositeHandler(List<Object> members, Map<String, CompositeHandler> children) {
        this.members = List.copyOf(members);
        this.children = Map.copyOf(children);
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    List<Object> members() {
        return members;
    }

    CompositeHandler child(String segment) {
        return children.get(segment);
    }

    Map<String, CompositeHandler> children() {
        return children;
    }

    /** Builds the tree, refusing two handlers that answer to one name. */
    public static final class Builder {
        private final Level root = new Level();

        private Builder() {
        }

        /**
         * Adds a handler under a namespace.
         *
         * @param namespace dotted, or empty
         * @param handler the handler
         * @return this builder
         * @throws IllegalArgumentException when a name is taken, naming both handlers
         */
        public Builder add(String namespace, Object handler) {
            Objects.requireNonNull(handler, "handler");
            Level level = root;
            String prefix = "";
            if (namespace != null && !namespace.isEmpty()) {
                for (String segment : namespace.split("\\.", -1)) {
                    if (segment.isEmpty()) {
                        throw new IllegalArgumentException("namespace '" + namespace + "' has an empty segment");
                    }
                    if (level.owners.containsKey(segment)) {
                        throw conflict(prefix + segment, level.owners.get(segment), handler);
                    }
                    level = level.children.computeIfAbsent(segment, s -> new Level());
                    prefix += segment + ".";
                }
            }
            Set<String> names = new TreeSet<>(new Dispatcher(handler).staticNames());
            for (String name : names) {
                String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                Object owner = level.owners.get(first);
                if (owner != null && (!name.contains(".") || ownerServes(owner, name))) {
                    throw conflict(prefix + name, owner, handler);
                }
                if (!name.contains(".") && level.children.containsKey(first)) {
                    throw conflict(prefix + name, "the namespace " + prefix + first, handler);
                }
            }
            for (String name : names) {
                level.owners.putIfAbsent(name.contains(".") ? name.substring(0, name.indexOf('.')) : name, handler);
            }
            level.members.add(handler);
            return this;
        }

        private static boolean ownerServes(Object owner, String name) {
            return new Dispatcher(owner).staticNames().contains(name);
        }

        private static IllegalArgumentException conflict(String name, Object first, Object second) {
            return new IllegalArgumentException("two handlers claim the remote name '" + name + "': "
                    + describe(first) + " and " + describe(second));
        }

        private static String describe(Object handler) {
            return handler instanceof String s ? s : handler.getClass().getName();
        }

        /**
         * The tree.
         *
         * @return the root level
         */
        public CompositeHandler build() {
            return root.build();
        }
    }

    private static final class Level {
        final List<Object> members = new ArrayList<>();
        final Map<String, Level> children = new LinkedHashMap<>();
        /** First segment of every static name served at this level, and who serves it. */
        final Map<String, Object> owners = new LinkedHashMap<>();

        CompositeHandler build() {
            Map<String, CompositeHandler> built = new LinkedHashMap<>();
            children.forEach((k, v) -> built.put(k, v.build()));
            return new CompositeHandler(members, built);
        }
    }
}
