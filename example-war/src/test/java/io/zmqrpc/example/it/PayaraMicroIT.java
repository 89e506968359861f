package io.zmqrpc.example.it;

import io.zmqrpc.example.it.harness.AppServer;
import io.zmqrpc.example.it.harness.PayaraMicro;
import java.nio.file.Path;
import java.util.Map;

/**
 * The example on Payara Micro 6, with MicroProfile Health on its HTTP port ({@code /health/ready}).
 * Payara finds the endpoint's readiness check (and writes its data as strings), but takes an
 * application's checks away as soon as its undeploy begins: measured with a 20 s audit in flight,
 * {@code /health/ready} answered 503 without the zmqrpc checks 0.7 s after the undeploy was asked
 * for, while the endpoint drained for 19 s more. So here readiness is down during the drain, but
 * not through the check itself.
 */
class PayaraMicroIT extends DeployedShopIT {

    @Override
    AppServer start(Path war, Map<String, String> systemProperties, Path workDir) throws Exception {
        return PayaraMicro.start(ItSettings.payaraJar(), war, systemProperties, workDir);
    }

    @Override
    String serverName() {
        return "payara-micro";
    }

    @Override
    boolean keepsChecksWhileDraining() {
        return false;
    }
}
