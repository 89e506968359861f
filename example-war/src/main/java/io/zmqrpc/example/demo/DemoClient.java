package io.zmqrpc.example.demo;

import io.zmqrpc.example.inventory.Inventory;
import io.zmqrpc.inject.RpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Holds the demo's typed client, injected exactly as the order service's is, so that the demo
 * shows the same path a real caller takes (proxy, ZeroMQ, server, back).
 */
@ApplicationScoped
public class DemoClient {

    @Inject
    @RpcClient(connect = "${inventory.connect:tcp://127.0.0.1:5555}", timeout = "${inventory.timeout:5s}")
    Inventory inventory;

    /**
     * The injected client.
     *
     * @return the inventory proxy
     */
    public Inventory inventory() {
        return inventory;
    }
}
