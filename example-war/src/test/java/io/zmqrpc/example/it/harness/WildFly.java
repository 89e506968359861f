package io.zmqrpc.example.it.harness;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * WildFly (an unpacked {@code wildfly-dist}) with one WAR deployed, every port moved by a free
 * {@code jboss.socket.binding.port-offset} and bound to 127.0.0.1 only.
 *
 * <p>Each start gets its own copy of {@code standalone/} as {@code jboss.server.base.dir}, so runs
 * never see each other's deployments, data or logs, and the unpacked distribution stays pristine.
 * The WAR is dropped into its {@code deployments/} before boot: the deployment scanner deploys it
 * while the server starts, WildFly reports "started" only after that, and the scanner's marker
 * file ({@code shop.war.deployed} or {@code .failed}) says how it went.
 */
public final class WildFly implements AppServer {

    /** Ports of the default standalone.xml: http, https, management http, management https, transactions. */
    private static final int[] DEFAULT_PORTS = {8080, 8443, 9990, 9993, 4712, 4713};
    private static final int HTTP = 8080;
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration MARKER_TIMEOUT = Duration.ofSeconds(30);

    private static final int MANAGEMENT_HTTP = 9990;

    private final ServerProcess process;
    private final int offset;
    private final Path deployments;
    private final String warName;
    private final Duration bootTime;

    private WildFly(ServerProcess process, int offset, Path deployments, String warName, Duration bootTime) {
        this.process = process;
        this.offset = offset;
        this.deployments = deployments;
        this.warName = warName;
        this.bootTime = bootTime;
    }

    /**
     * Starts WildFly with a WAR and waits until it is deployed.
     *
     * @param home the unpacked distribution ({@code JBOSS_HOME})
     * @param war the WAR
     * @param systemProperties system properties for the server JVM (the app's configuration)
     * @param workDir a fresh directory for the server's base directory and the log
     * @return the running server
     * @throws IOException when it cannot be prepared or launched
     * @throws InterruptedException when interrupted
     * @throws AssertionError when it did not deploy the WAR in time (it was then stopped)
     */
    public static WildFly start(Path home, Path war, Map<String, String> systemProperties, Path workDir)
            throws IOException, InterruptedException {
        Path base = workDir.resolve("standalone");
        copyConfiguration(home.resolve("standalone"), base);
        Files.copy(war, base.resolve("deployments").resolve(war.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        int offset = FreePorts.pickOffset(DEFAULT_PORTS);

        // The MicroProfile configuration: it runs Fault Tolerance, which the shop's client uses.
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-microprofile.xml", "-b", "127.0.0.1", "-bmanagement", "127.0.0.1",
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.server.base.dir=" + base));
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        long start = System.nanoTime();
        ServerProcess process = ServerProcess.start("wildfly", command,
                Map.of("JAVA_HOME", Java.home().toString(), "JBOSS_HOME", home.toString()), workDir);
        try {
            // WFLYSRV0025 is a clean start, WFLYSRV0026 a start "with errors" (a failed deployment).
            process.log().awaitLine(line -> line.contains("WFLYSRV0025") || line.contains("WFLYSRV0026"),
                    "saying WildFly started", BOOT_TIMEOUT);
            Duration bootTime = Duration.ofNanos(System.nanoTime() - start);
            String warName = war.getFileName().toString();
            // Not the log: a deployment that fails at boot is still logged as
            // "WFLYSRV0010: Deployed". The scanner's marker file tells: .deployed or .failed,
            // written by the scanner a moment after "started" (so wait for it, bounded).
            Path deployments = base.resolve("deployments");
            Path failed = deployments.resolve(warName + ".failed");
            long markerDeadline = System.nanoTime() + MARKER_TIMEOUT.toNanos();
            while (!Files.exists(deployments.resolve(warName + ".deployed")) && !Files.exists(failed)
                    && System.nanoTime() < markerDeadline) {
                Thread.sleep(100);
            }
            if (!Files.exists(deployments.resolve(warName + ".deployed"))) {
                throw new AssertionError(warName + " was not deployed: "
                        + (Files.exists(failed) ? Files.readString(failed) : "no marker file") + "; see " + process.log().file());
            }
            return new WildFly(process, offset, deployments, warName, bootTime);
        } catch (AssertionError | InterruptedException | RuntimeException e) {
            process.close();
            throw e;
        }
    }

    /** Copies configuration/ and an empty deployments/; data, log and tmp are the server's to create. */
    private static void copyConfiguration(Path standalone, Path base) throws IOException {
        Files.createDirectories(base.resolve("deployments"));
        Path configuration = standalone.resolve("configuration");
        try (Stream<Path> files = Files.walk(configuration)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = base.resolve("configuration").resolve(configuration.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public String name() {
        return "WildFly";
    }

    @Override
    public URI appUri() {
        return URI.create("http://127.0.0.1:" + (HTTP + offset) + "/" + warName.replaceFirst("\\.war$", "") + "/");
    }

    /** MicroProfile Health is on the management interface. */
    @Override
    public URI healthUri() {
        return URI.create("http://127.0.0.1:" + (MANAGEMENT_HTTP + offset) + "/health/");
    }

    /**
     * Starts undeploying the WAR and returns: the deployment scanner undeploys a deployment whose
     * {@code .deployed} marker is gone at its next scan (every 5 s in the default configuration).
     *
     * @throws IOException when the marker cannot be removed
     */
    @Override
    public void startUndeploy() throws IOException {
        Files.delete(deployments.resolve(warName + ".deployed"));
    }

    /** The scanner says so with the WAR's {@code .undeployed} marker. */
    @Override
    public void awaitUndeployed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(deployments.resolve(warName + ".undeployed"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(warName + " was not undeployed within " + timeout + "; see " + process.log().file());
            }
            Thread.sleep(100);
        }
    }

    @Override
    public List<Integer> ports() {
        return IntStream.of(DEFAULT_PORTS).map(p -> p + offset).boxed().toList();
    }

    @Override
    public Duration bootTime() {
        return bootTime;
    }

    @Override
    public ProcessLog log() {
        return process.log();
    }

    @Override
    public Duration stop() throws InterruptedException {
        return process.stop(STOP_TIMEOUT);
    }

    @Override
    public void close() {
        process.close();
    }
}
