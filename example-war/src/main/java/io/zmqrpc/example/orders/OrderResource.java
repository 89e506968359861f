package io.zmqrpc.example.orders;

import io.zmqrpc.example.inventory.Inventory;
import io.zmqrpc.inject.RpcClient;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code POST /api/orders}: places an order by reserving its stock in the inventory service over
 * zmqrpc. Answers 201 with an {@link OrderConfirmation}, 400 for a malformed order, 409 when out
 * of stock ({@link OutOfStockMapper}) and 502 when the inventory cannot be reached
 * ({@link RpcFailureMapper}).
 */
@Path("orders")
@RequestScoped
public class OrderResource {

    // The inventory's address is a configuration key, so a deployment (or a test) can move it.
    @Inject
    @RpcClient(connect = "${inventory.connect:tcp://127.0.0.1:5555}", timeout = "${inventory.timeout:5s}")
    Inventory inventory;

    /**
     * Places an order.
     *
     * @param order the SKU and quantity
     * @param uri the request URI, to point at the new order
     * @return 201 with the confirmation, or 400
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response place(OrderRequest order, @Context UriInfo uri) {
        if (order == null || order.sku() == null || order.sku().isBlank() || order.quantity() <= 0) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(ErrorBody.of("invalid order", "expected {\"sku\": \"...\", \"quantity\": n} with n > 0"))
                    .build();
        }
        OrderConfirmation confirmation = OrderConfirmation.of(inventory.reserve(order.sku(), order.quantity()));
        return Response.created(uri.getAbsolutePathBuilder().path(confirmation.orderId()).build())
                .entity(confirmation)
                .build();
    }
}
