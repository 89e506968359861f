package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.executor.AppExecutor;
import io.zmqrpc.tck.fixtures.executor.ThreadNameService;
import io.zmqrpc.tck.spi.Deployment;
import org.junit.jupiter.api.Test;

/**
 * Without a container-managed executor, an {@code @RpcExecutor} bean runs the handlers (in a
 * Jakarta EE server the managed executor would come first).
 */
public class ApplicationExecutorTest {

    @Test
    void handlersRunOnTheApplicationsExecutor() {
        try (Deployment server = Tck.deploy(ThreadNameService.class, AppExecutor.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "Threads"))) {
            assertThat((String) client.select(DynamicClientHolder.class).client().call("thread")).startsWith("app-rpc-");
        }
    }
}
