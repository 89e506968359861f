package io.zmqrpc.example.it;

import io.zmqrpc.example.it.harness.AppServer;
import io.zmqrpc.example.it.harness.WildFly;
import java.nio.file.Path;
import java.util.Map;

/** The example on WildFly 38 (default standalone.xml, which has MicroProfile Config). */
class WildFlyIT extends DeployedShopIT {

    @Override
    AppServer start(Path war, Map<String, String> systemProperties, Path workDir) throws Exception {
        return WildFly.start(ItSettings.wildFlyHome(), war, systemProperties, workDir);
    }

    @Override
    String serverName() {
        return "wildfly";
    }
}
