package io.zmqrpc.example.it.harness;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * Payara Micro 6 with one WAR deployed, on a free HTTP port, launched through
 * {@link PayaraMicroConsole} so that {@link #stop()} can undeploy the WAR before shutting down
 * (see there why). That means {@code java -cp payara-micro.jar:<test classes>} instead of
 * {@code -jar}, so the JVM flags the jar's manifest asks for ({@code Add-Opens},
 * {@code Add-Exports}) are passed by hand; without them the deployment fails.
 * {@code --nocluster} keeps it from starting Hazelcast clustering (slow, and it would join any
 * other Payara on the network); {@code --rootdir} keeps its unpacked runtime under the test's work
 * directory instead of {@code /tmp}. Payara Micro has no flag for the HTTP listener's address (it
 * listens on 0.0.0.0), so a pre-boot command file moves it to 127.0.0.1. The context root is the
 * WAR's file name.
 */
public final class PayaraMicro implements AppServer {

    /** Payara Micro prints this (with the time taken) once every archive is deployed. */
    private static final String READY = "Payara Micro ";
    private static final String READY_SUFFIX = " ready in ";
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final String LOOPBACK_ONLY =
            "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1\n";

    private final ServerProcess process;
    private final int httpPort;
    private final String contextRoot;
    private final Duration bootTime;
    private boolean undeploying;

    private PayaraMicro(ServerProcess process, int httpPort, String contextRoot, Duration bootTime) {
        this.process = process;
        this.httpPort = httpPort;
        this.contextRoot = contextRoot;
        this.bootTime = bootTime;
    }

    /**
     * Starts Payara Micro with a WAR and waits until it is deployed.
     *
     * @param jar the payara-micro jar
     * @param war the WAR
     * @param systemProperties system properties for the server JVM (the app's configuration)
     * @param workDir a fresh directory for the runtime and the log
     * @return the running server
     * @throws IOException when it cannot be launched
     * @throws InterruptedException when interrupted
     * @throws AssertionError when it did not deploy the WAR in time (it was then stopped)
     */
    public static PayaraMicro start(Path jar, Path war, Map<String, String> systemProperties, Path workDir)
            throws IOException, InterruptedException {
        int httpPort = FreePorts.pick();
        Path preBoot = Files.writeString(Files.createDirectories(workDir).resolve("preboot.asadmin"), LOOPBACK_ONLY);
        List<String> command = new ArrayList<>(List.of(Java.executable()));
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(manifestJvmFlags(jar));
        command.addAll(List.of("-cp", jar + File.pathSeparator + consoleClassPath(),
                PayaraMicroConsole.class.getName(),
                "--nocluster", "--port", Integer.toString(httpPort),
                "--rootdir", workDir.resolve("payara-root").toString(),
                "--prebootcommandfile", preBoot.toString(),
                "--deploy", war.toString()));
        long start = System.nanoTime();
        ServerProcess process = ServerProcess.start("payara-micro", command, Map.of(), workDir);
        try {
            process.log().awaitLine(line -> line.contains(READY) && line.contains(READY_SUFFIX), "saying Payara Micro is ready", BOOT_TIMEOUT);
            Duration bootTime = Duration.ofNanos(System.nanoTime() - start);
            String name = war.getFileName().toString().replaceFirst("\\.war$", "");
            // A failed deployment does not stop Payara Micro from becoming "ready": check for it.
            if (!process.log().contains(name + " was successfully deployed")) {
                throw new AssertionError(name + " was not deployed; see " + process.log().file());
            }
            return new PayaraMicro(process, httpPort, name, bootTime);
        } catch (AssertionError | InterruptedException | RuntimeException e) {
            process.close();
            throw e;
        }
    }

    /** What {@code java -jar} would have applied from the manifest, as command-line flags. */
    private static List<String> manifestJvmFlags(Path jar) throws IOException {
        List<String> flags = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes manifest = file.getManifest().getMainAttributes();
            for (String attribute : List.of("Add-Opens", "Add-Exports")) {
                String packages = manifest.getValue(attribute);
                if (packages != null) {
                    for (String modulePackage : packages.trim().split("\\s+")) {
                        flags.add("--" + attribute.toLowerCase(Locale.ROOT) + "=" + modulePackage + "=ALL-UNNAMED");
                    }
                }
            }
        }
        return flags;
    }

    private static String consoleClassPath() {
        try {
            return Path.of(PayaraMicroConsole.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String name() {
        return "Payara Micro";
    }

    @Override
    public URI appUri() {
        return URI.create("http://127.0.0.1:" + httpPort + "/" + contextRoot + "/");
    }

    /** MicroProfile Health is on the HTTP port. */
    @Override
    public URI healthUri() {
        return URI.create("http://127.0.0.1:" + httpPort + "/health/");
    }

    /** The console undeploys it, and logs when it is done. */
    @Override
    public void startUndeploy() throws IOException {
        process.send("undeploy " + contextRoot);
        undeploying = true;
    }

    @Override
    public void awaitUndeployed(Duration timeout) throws InterruptedException {
        process.log().awaitLine(PayaraMicroConsole.UNDEPLOYED + contextRoot, timeout);
    }

    @Override
    public List<Integer> ports() {
        return List.of(httpPort);
    }

    @Override
    public Duration bootTime() {
        return bootTime;
    }

    @Override
    public ProcessLog log() {
        return process.log();
    }

    /** Undeploys the WAR (its shutdown logging intact), then shuts Payara Micro down. */
    @Override
    public Duration stop() throws InterruptedException {
        long start = System.nanoTime();
        try {
            if (!undeploying) {
                startUndeploy();
            }
            awaitUndeployed(STOP_TIMEOUT);
            process.send("shutdown");
        } catch (IOException e) {
            throw new AssertionError("Payara Micro no longer takes commands; see " + process.log().file(), e);
        }
        process.awaitExit(STOP_TIMEOUT);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        process.close();
    }
}
