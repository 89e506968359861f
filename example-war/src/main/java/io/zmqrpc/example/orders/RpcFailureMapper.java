package io.zmqrpc.example.orders;

import io.zmqrpc.RpcException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Any other zmqrpc failure (inventory down, timeout, unexpected remote error) means the service
 * behind this one failed: 502 Bad Gateway, with the zmqrpc message for whoever debugs it.
 */
@Provider
public class RpcFailureMapper implements ExceptionMapper<RpcException> {

    private static final System.Logger LOG = System.getLogger(RpcFailureMapper.class.getName());

    @Override
    public Response toResponse(RpcException e) {
        LOG.log(System.Logger.Level.WARNING, "inventory call failed", e);
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of("inventory unavailable", e.getMessage()))
                .build();
    }
}
