package io.zmqrpc.spi;

import io.zmqrpc.RemoteError;
import java.util.function.Function;

/**
 * The builder an {@link ErrorMappingProvider} adds its entries to. Entries added by users come
 * before the defaults, and, among users, the first entry for a name wins.
 */
public interface ErrorMappings {

    /**
     * Maps a remote type name to a Java exception class, in both directions: a reply naming
     * {@code remoteType} is thrown as {@code type} (built with its {@code (String)} constructor, or
     * the no-argument one), and a server names a thrown {@code type} (or subclass) {@code remoteType}.
     *
     * @param remoteType the remote name, for example {@code mymod.OutOfStock}
     * @param type the Java exception class
     * @return this builder
     */
    ErrorMappings map(String remoteType, Class<? extends Throwable> type);

    /**
     * Maps a remote type name to a Java exception built by a factory from what the peer said, and
     * the class back to the name on the server side.
     *
     * @param remoteType the remote name
     * @param type the Java exception class
     * @param factory builds the exception from the remote error
     * @param <T> the exception type
     * @return this builder
     */
    <T extends Throwable> ErrorMappings map(String remoteType, Class<T> type, Function<RemoteError, ? extends T> factory);

    /**
     * Allows remote type names under a Java package to be loaded as classes by name and thrown
     * (for example {@code com.example.errors}); names outside every allowed package are never
     * loaded. Nothing is allowed by default.
     *
     * @param packageName the package, its subpackages included
     * @return this builder
     */
    ErrorMappings allowPackage(String packageName);
}
