package io.zmqrpc.cdi.otel;

import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.RpcMethod;
import jakarta.enterprise.context.ApplicationScoped;

/** The inner endpoint: always seven left. */
@ApplicationScoped
@RemoteEndpoint(bind = "tcp://127.0.0.1:*", name = "StockService", namespace = "stock")
public class StockService {

    /**
     * Takes one item.
     *
     * @param sku what
     * @return 7
     */
    @RpcMethod
    public int take(String sku) {
        return 7;
    }
}
