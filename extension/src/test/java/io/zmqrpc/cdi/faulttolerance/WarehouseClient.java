package io.zmqrpc.cdi.faulttolerance;

import io.zmqrpc.inject.RpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Holds the client, connected to {@code ${ft.target}} with a long timeout of its own. */
@ApplicationScoped
public class WarehouseClient {

    @Inject
    @RpcClient(connect = "${ft.target}", timeout = "30s")
    Warehouse warehouse;

    /** @return the client */
    public Warehouse warehouse() {
        return warehouse;
    }
}
