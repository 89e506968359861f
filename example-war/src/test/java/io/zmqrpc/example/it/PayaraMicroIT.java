package io.zmqrpc.example.it;

import io.zmqrpc.example.it.harness.AppServer;
import io.zmqrpc.example.it.harness.PayaraMicro;
import java.nio.file.Path;
import java.util.Map;

/** The example on Payara Micro 6. */
class PayaraMicroIT extends DeployedShopIT {

    @Override
    AppServer start(Path war, Map<String, String> systemProperties, Path workDir) throws Exception {
        return PayaraMicro.start(ItSettings.payaraJar(), war, systemProperties, workDir);
    }

    @Override
    String serverName() {
        return "payara-micro";
    }
}
