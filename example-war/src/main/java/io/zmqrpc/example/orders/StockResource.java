package io.zmqrpc.example.orders;

import io.zmqrpc.example.inventory.Inventory;
import io.zmqrpc.example.inventory.Stocktake;
import io.zmqrpc.inject.RpcClient;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@code /api/stock}: what the inventory has, and restocking. Restocking shows an asynchronous
 * zmqrpc call end to end: the remote method returns a {@code CompletionStage}, and so does this
 * resource, so no server thread waits for the reply.
 */
@Path("stock")
@RequestScoped
public class StockResource {

    // Same configuration as OrderResource's client, so both share one connection.
    @Inject
    @RpcClient(connect = "${inventory.connect:tcp://127.0.0.1:5555}", timeout = "${inventory.timeout:5s}")
    Inventory inventory;

    /**
     * {@code GET /api/stock}.
     *
     * @return quantities by SKU
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> stock() {
        return inventory.stock();
    }

    /**
     * {@code GET /api/stock/take}: takes stock through the flaky stock counter, which the
     * {@code @Retry} on {@link Inventory#stocktake} gets past.
     *
     * @return {@code {"items": ..., "attempt": ...}}
     */
    @GET
    @Path("take")
    @Produces(MediaType.APPLICATION_JSON)
    public Stocktake take() {
        return inventory.stocktake();
    }

    /**
     * {@code POST /api/stock/{sku}?quantity=n}: books a delivery.
     *
     * @param sku the SKU
     * @param quantity how many arrive
     * @return the new quantity on hand, as {@code {"sku": ..., "available": ...}}
     */
    @POST
    @Path("{sku}")
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Map<String, Object>> restock(@PathParam("sku") String sku, @QueryParam("quantity") int quantity) {
        return inventory.restock(sku, quantity).thenApply(available -> Map.of("sku", sku, "available", available));
    }
}
