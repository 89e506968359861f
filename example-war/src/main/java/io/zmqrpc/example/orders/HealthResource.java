package io.zmqrpc.example.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/health}: answers without touching zmqrpc, so that a deployment can be checked
 * (and the server harness tested) apart from the inventory service.
 */
@Path("health")
@ApplicationScoped
public class HealthResource {

    /**
     * The health document.
     *
     * @return {@code {"status":"UP"}}
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Health health() {
        return new Health("UP");
    }

    /**
     * The health document.
     *
     * @param status always {@code UP} while the application answers
     */
    public record Health(String status) {
    }
}
