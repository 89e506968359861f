package io.zmqrpc.runtime.errors;

import io.zmqrpc.runtime.convert.TypeConverter;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * The packages whose classes a peer may name and have instantiated. Everything else is refused
 * before any class loader sees the name, because loading (and worse, initializing) a class chosen
 * by a peer is how deserialization attacks start.
 */
final class AllowedPackages {

    private static final System.Logger LOG = System.getLogger(AllowedPackages.class.getName());

    /** Longer names are not classes anyone mapped; refusing them early bounds the work per reply. */
    private static final int MAX_NAME_LENGTH = 512;

    private final List<String> packages;
    private final TypeConverter converter;

    AllowedPackages(List<String> packages, TypeConverter converter) {
        this.packages = List.copyOf(packages);
        this.converter = converter;
    }

    /** Checks a package name given by the user: dotted Java identifiers. */
    static String validPackage(String packageName) {
        if (!isDottedIdentifier(packageName)) {
            throw new IllegalArgumentException("not a Java package name: '" + packageName + "'");
        }
        return packageName;
    }

    /**
     * The factory for a class a peer named, or {@code null} when the name is outside every allowed
     * package, or is not a loadable class that a mapping would accept (see
     * {@link ConstructorFactory#forClass}). The class is loaded without initialization, so that
     * nothing of a refused class runs.
     */
    ExceptionFactory load(String className, ClassLoader loader) {
        if (!permits(className)) {
            return null;
        }
        try {
            return ConstructorFactory.forClass(Class.forName(className, false, loader), converter);
        } catch (IllegalArgumentException refused) {
            LOG.log(Level.DEBUG, "refusing remote type {0}: {1}", className, refused.getMessage());
            return null;
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            LOG.log(Level.DEBUG, "cannot load remote type " + className, e);
            return null;
        }
    }

    /** Whether the class's package is an allowed one or a subpackage of one (not merely a prefix). */
    boolean permits(String className) {
        if (packages.isEmpty() || className.length() > MAX_NAME_LENGTH || !isDottedIdentifier(className)) {
            return false;
        }
        int lastDot = className.lastIndexOf('.');
        if (lastDot < 0) {
            return false;
        }
        String packageName = className.substring(0, lastDot);
        for (String allowed : packages) {
            if (packageName.equals(allowed) || packageName.startsWith(allowed + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Identifier characters per segment also admit '$', so nested classes ({@code a.B$C}) pass. */
    private static boolean isDottedIdentifier(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (String segment : name.split("\\.", -1)) {
            if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.codePointAt(0))
                    || !segment.codePoints().allMatch(AllowedPackages::isNamePart)) {
                return false;
            }
        }
        return true;
    }

    /** Java admits "ignorable" control characters in identifiers; a class name from a peer may not. */
    private static boolean isNamePart(int codePoint) {
        return Character.isJavaIdentifierPart(codePoint) && !Character.isIdentifierIgnorable(codePoint);
    }
}
