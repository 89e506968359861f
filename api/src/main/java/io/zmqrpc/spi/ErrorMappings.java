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
     * {@code remoteType} is thrown as {@code type}, and a server names a thrown {@code type} (or
     * subclass) {@code remoteType}. The exception is built with the first public constructor of
     * {@code type} that takes what the peer sent: {@code (RemoteError)}, then one whose parameters
     * bind the remote exception's args (converted like a call's arguments, so
     * {@code OutOfStockException(String sku, long qty)} takes Python's
     * {@code OutOfStock("sku-1", 3)}), then {@code (String)} with the message, then {@code ()};
     * when none does, a {@link io.zmqrpc.GenericRpcException}. The implementation documents which
     * constructor wins when several bind.
     *
     * @param remoteType the remote name, for example {@code mymod.OutOfStock}
     * @param type the Java exception class
     * @return this builder
     * @throws IllegalArgumentException when the class cannot be instantiated (abstract, not public,
     *         an inner class, without a public constructor); the message names it and says why
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
