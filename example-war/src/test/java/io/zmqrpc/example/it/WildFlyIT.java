package io.zmqrpc.example.it;

import io.zmqrpc.example.it.harness.AppServer;
import io.zmqrpc.example.it.harness.WildFly;
import java.nio.file.Path;
import java.util.Map;

/**
 * The example on WildFly 38 (its MicroProfile configuration, standalone-microprofile.xml), with
 * MicroProfile Health on its management port ({@code /health/ready}), where the inventory's
 * readiness check turns down while undeploying drains the endpoint.
 *
 * <p>The server runs with {@code mp.health.disable-default-procedures=true}, as
 * docs/deploying.md advises for zmqrpc endpoints on WildFly. Without it WildFly adds its own
 * readiness procedures, and one of them, {@code deployments-status}, reads
 * {@code deployment=*:read-attribute(name=status)}, which waits until every deployment's services
 * are stable ({@code AbstractDeploymentUnitService.getStatus()} awaits its stability monitor). An
 * undeploy is unstable for as long as it drains, so {@code /health/ready} then answers only after
 * the undeploy: measured with a 20 s audit in flight, a request made as the drain began took 15 to
 * 18 s and came back without the zmqrpc checks, for a scanner undeploy and a management
 * {@code deployment=shop.war:undeploy} alike, while {@code server-state}, {@code suspend-state} and
 * {@code read-boot-errors} answered in 30 ms and {@code /health/live} in 5 ms. Without those
 * procedures the same undeploy answered {@code /health/ready} in 5 ms throughout, the check down
 * and {@code draining} with the audit in flight for the 15 s of the drain.
 */
class WildFlyIT extends DeployedShopIT {

    @Override
    AppServer start(Path war, Map<String, String> systemProperties, Path workDir) throws Exception {
        return WildFly.start(ItSettings.wildFlyHome(), war, systemProperties, workDir);
    }

    @Override
    Map<String, String> serverProperties() {
        return Map.of("mp.health.disable-default-procedures", "true");
    }

    @Override
    String serverName() {
        return "wildfly";
    }

    /** WildFly takes a deployment's checks away at CDI's {@code BeforeShutdown}, after the drain. */
    @Override
    boolean keepsChecksWhileDraining() {
        return true;
    }
}
