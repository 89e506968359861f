package io.zmqrpc.example.orders;

import io.zmqrpc.example.inventory.OutOfStockException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Out of stock is the client's problem to solve (order fewer), so it is a 409 whose body says
 * what was asked for and what is there.
 */
@Provider
public class OutOfStockMapper implements ExceptionMapper<OutOfStockException> {

    @Override
    public Response toResponse(OutOfStockException e) {
        return Response.status(Response.Status.CONFLICT)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody("out of stock", e.getMessage(), e.sku(), e.requested(), e.available()))
                .build();
    }
}
