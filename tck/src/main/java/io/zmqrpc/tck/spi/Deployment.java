package io.zmqrpc.tck.spi;

import java.lang.annotation.Annotation;

/** A running CDI container started by {@link Container#deploy}. */
public interface Deployment extends AutoCloseable {

    /**
     * A contextual reference of the bean of a type.
     *
     * @param type the bean type
     * @param qualifiers its qualifiers
     * @param <T> the type
     * @return the reference
     */
    <T> T select(Class<T> type, Annotation... qualifiers);

    /** Shuts the container down (the extension stops its servers and clients). */
    @Override
    void close();
}
