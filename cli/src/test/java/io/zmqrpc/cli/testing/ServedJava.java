package io.zmqrpc.cli.testing;

import io.zmqrpc.runtime.RpcServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link JavaService} served for a whole test class:
 * {@code @RegisterExtension static final ServedJava JAVA = new ServedJava();}.
 */
public final class ServedJava implements BeforeAllCallback, AfterAllCallback {

    private final JavaService service = new JavaService();
    private RpcServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = JavaPeers.rpc(service);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    /** @return where it serves */
    public String endpoint() {
        return server.endpoints().get(0);
    }

    /** @return the service, to see what reached it */
    public JavaService service() {
        return service;
    }
}
