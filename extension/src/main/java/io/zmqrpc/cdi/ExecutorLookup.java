package io.zmqrpc.cdi;

import io.zmqrpc.inject.RpcExecutor;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;

/**
 * Finds the executor for handlers: the container's managed executor through JNDI
 * ({@value #MANAGED_EXECUTOR}) when there is one, else an application bean of type
 * {@link Executor} qualified {@link RpcExecutor}, else none (each server then owns a pool).
 */
final class ExecutorLookup {

    static final String MANAGED_EXECUTOR = "java:comp/DefaultManagedExecutorService";

    private static final System.Logger LOG = System.getLogger(ExecutorLookup.class.getName());

    private ExecutorLookup() {
    }

    static Executor find(BeanManager beans) {
        Executor managed = managedExecutor();
        if (managed != null) {
            LOG.log(Level.DEBUG, "zmqrpc handlers run on " + MANAGED_EXECUTOR);
            return managed;
        }
        Instance<Executor> supplied = beans.createInstance().select(Executor.class, RpcExecutor.Literal.INSTANCE);
        return supplied.isResolvable() ? supplied.get() : null;
    }

    /** The JNDI lookup, guarded: Weld SE and plain Java have no naming context at all. */
    private static Executor managedExecutor() {
        try {
            Object found = new javax.naming.InitialContext().lookup(MANAGED_EXECUTOR);
            return found instanceof Executor e ? e : null;
        } catch (javax.naming.NamingException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
