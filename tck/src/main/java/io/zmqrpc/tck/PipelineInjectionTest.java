package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.pipeline.AuditClient;
import io.zmqrpc.tck.fixtures.pipeline.AuditService;
import io.zmqrpc.tck.spi.Deployment;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code pattern = PIPELINE} serves a PULL endpoint and injects typed and dynamic pipeline clients. */
public class PipelineInjectionTest {

    @Test
    void typedAndDynamicPipelineClientsReachThePipelineBean() throws Exception {
        AuditService.RECEIVED.clear();
        try (Deployment server = Tck.deploy(AuditService.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "Audit"), AuditClient.class)) {
            AuditClient bean = client.select(AuditClient.class);
            bean.audit().record("typed");
            assertThat(AuditService.RECEIVED.poll(20, TimeUnit.SECONDS)).isEqualTo("typed");
            bean.pipeline().notify("record", "dynamic");
            assertThat(AuditService.RECEIVED.poll(20, TimeUnit.SECONDS)).isEqualTo("dynamic");
        }
    }
}
