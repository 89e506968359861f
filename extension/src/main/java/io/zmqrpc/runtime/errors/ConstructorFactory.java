package io.zmqrpc.runtime.errors;

import io.zmqrpc.ParametersException;
import io.zmqrpc.RemoteError;
import io.zmqrpc.runtime.convert.TypeConverter;
import io.zmqrpc.runtime.dispatch.ArgumentBinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Builds a mapped exception class with its own public constructors, trying them in this order;
 * the first that takes what the peer sent wins:
 * <ol>
 * <li>{@code (RemoteError)}: the whole remote error.</li>
 * <li>When the remote error has args: each constructor whose parameters bind those args as a call's
 * positional arguments bind a handler method's parameters (converted to the declared types;
 * a trailing {@code Optional} may be left out, a varargs parameter takes the rest). Varargs
 * constructors after the others, fewer parameters first, then the more specific parameter types
 * (compared left to right: primitive, then final class, array, enum or record, then other class, then
 * abstract class, then interface, then {@code Object}), then by signature.</li>
 * <li>{@code (String)}: {@link RemoteError#message()}.</li>
 * <li>{@code ()}.</li>
 * </ol>
 * A constructor whose parameters do not bind is passed over for the next. When none is left,
 * {@link #create} throws and the registry throws a {@link io.zmqrpc.GenericRpcException} carrying
 * the remote error: a class must not declare {@code (String)} or {@code ()} if an instance built
 * without its fields would be wrong.
 */
final class ConstructorFactory implements ExceptionFactory {

    /** The order of step 2 above. */
    private static final Comparator<Constructor<?>> BINDING_ORDER = Comparator
            .<Constructor<?>, Boolean>comparing(Constructor::isVarArgs)
            .thenComparingInt(Constructor::getParameterCount)
            .thenComparing(ConstructorFactory::generality, Arrays::compare)
            .thenComparing(Constructor::toGenericString);

    private final Class<?> type;
    private final Constructor<?> withError;
    private final List<Binding> binding;
    private final Constructor<?> withMessage;
    private final Constructor<?> noArgs;

    private ConstructorFactory(Class<?> type, List<Constructor<?>> constructors, TypeConverter converter) {
        this.type = type;
        this.withError = find(constructors, RemoteError.class);
        this.withMessage = find(constructors, String.class);
        this.noArgs = find(constructors);
        this.binding = constructors.stream()
                .filter(c -> c.getParameterCount() > 0 && c != withError)
                .sorted(BINDING_ORDER)
                .map(c -> new Binding(c, new ArgumentBinder(c, converter)))
                .toList();
    }

    /**
     * The factory for a class, after checking that zmqrpc can instantiate it.
     *
     * @throws IllegalArgumentException naming the class and why it cannot be instantiated
     */
    static ConstructorFactory forClass(Class<?> type, TypeConverter converter) {
        String refusal = refusal(type);
        if (refusal != null) {
            throw new IllegalArgumentException(type.getName() + " " + refusal);
        }
        List<Constructor<?>> constructors = Arrays.stream(type.getConstructors())
                .filter(c -> !c.isSynthetic() && c.canAccess(null))
                .toList();
        if (constructors.isEmpty()) {
            throw new IllegalArgumentException(type.getName() + " has no public constructor zmqrpc can call");
        }
        return new ConstructorFactory(type, constructors, converter);
    }

    private static String refusal(Class<?> type) {
        int modifiers = type.getModifiers();
        if (!Throwable.class.isAssignableFrom(type)) {
            return "is not a Throwable";
        }
        if (!Modifier.isPublic(modifiers)) {
            return "is not public";
        }
        if (Modifier.isAbstract(modifiers)) {
            return "is abstract";
        }
        if (type.isMemberClass() && !Modifier.isStatic(modifiers)) {
            // its constructors need an instance of the enclosing class, which zmqrpc does not have
            return "is an inner class; declare it static";
        }
        return null;
    }

    @Override
    public Throwable create(RemoteError error) throws ReflectiveOperationException {
        if (withError != null) {
            return (Throwable) withError.newInstance(error);
        }
        List<String> passedOver = new ArrayList<>();
        if (!error.args().isEmpty()) {
            for (Binding candidate : binding) {
                Object[] bound;
                try {
                    bound = candidate.binder().bind(error.args(), Map.of());
                } catch (ParametersException doesNotBind) {
                    passedOver.add(signature(candidate.constructor()) + ": " + doesNotBind.remoteError().message());
                    continue;
                }
                return (Throwable) candidate.constructor().newInstance(bound);
            }
        }
        if (withMessage != null) {
            return (Throwable) withMessage.newInstance(error.message());
        }
        if (noArgs != null) {
            return (Throwable) noArgs.newInstance();
        }
        throw new NoSuchMethodException("no public constructor of " + type.getName() + " takes the args of "
                + error.repr() + ": " + String.join("; ", passedOver));
    }

    private static Constructor<?> find(List<Constructor<?>> constructors, Class<?>... parameters) {
        return constructors.stream()
                .filter(c -> Arrays.equals(c.getParameterTypes(), parameters))
                .findFirst()
                .orElse(null);
    }

    private static String signature(Constructor<?> constructor) {
        StringJoiner joined = new StringJoiner(", ", "(", ")");
        Arrays.stream(constructor.getParameterTypes()).forEach(p -> joined.add(p.getSimpleName()));
        return joined.toString();
    }

    /** Per parameter, how general its type is: lower binds fewer values, so it is tried first. */
    private static int[] generality(Constructor<?> constructor) {
        return Arrays.stream(constructor.getParameterTypes()).mapToInt(ConstructorFactory::generality).toArray();
    }

    private static int generality(Class<?> type) {
        if (type.isPrimitive()) {
            return 0;
        }
        int modifiers = type.getModifiers();
        if (Modifier.isFinal(modifiers) || type.isArray() || type.isEnum() || type.isRecord()) {
            return 1;
        }
        if (type == Object.class) {
            return 5;
        }
        if (type.isInterface()) {
            return 4;
        }
        return Modifier.isAbstract(modifiers) ? 3 : 2;
    }

    private record Binding(Constructor<?> constructor, ArgumentBinder binder) {
    }
}
