package io.zmqrpc.cdi.otel;

import io.zmqrpc.RemoteEndpoint;
import io.zmqrpc.RpcMethod;
import io.zmqrpc.inject.RpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The outer endpoint: each order takes stock through an injected client, inside its handler. */
@ApplicationScoped
@RemoteEndpoint(bind = "tcp://127.0.0.1:*", name = "ShopService", namespace = "shop")
public class ShopService {

    @Inject
    @RpcClient(connect = "${otel.stock}", namespace = "stock", timeout = "30s")
    Stock stock;

    /**
     * Orders one item.
     *
     * @param sku what
     * @return the sku and how many are left
     */
    @RpcMethod
    public String order(String sku) {
        return sku + ":" + stock.take(sku);
    }
}
