package io.zmqrpc.example.it.harness;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * Runs inside the Payara Micro JVM, as its main class ({@code java -cp payara-micro.jar:...}): boots
 * Payara Micro with the usual command-line flags through its launcher API, then takes commands on
 * stdin, so that a test can undeploy the application while the server still runs.
 *
 * <p>Why not just SIGTERM: Payara Micro undeploys in a JVM shutdown hook that races the JDK's
 * logging reset, so what the application logs while it stops (here zmqrpc's
 * {@code endpoint ... stopped}) is usually lost; CDI's {@code Shutdown} does fire (checked with a
 * probe that wrote to a file). Undeploying first keeps those lines.
 *
 * <p>Commands: {@code undeploy <name>} (logs {@value #UNDEPLOYED}{@code <name>} when done) and
 * {@code shutdown}; the end of stdin also shuts down. Payara's API is called reflectively so that
 * the tests need not compile against the 100 MB jar.
 */
public final class PayaraMicroConsole {

    /** Logged after an undeployment completes; the harness waits for it in the server's output. */
    static final String UNDEPLOYED = "payara-micro-console: undeployed ";

    private static final System.Logger LOG = System.getLogger(PayaraMicroConsole.class.getName());

    private PayaraMicroConsole() {
    }

    /**
     * Boots Payara Micro and serves commands until shutdown.
     *
     * @param args Payara Micro's own command-line flags
     * @throws Exception when Payara Micro fails to boot
     */
    public static void main(String[] args) throws Exception {
        Class<?> bootType = Class.forName("fish.payara.micro.boot.PayaraMicroBoot");
        Object boot = Class.forName("fish.payara.micro.boot.PayaraMicroLauncher")
                .getMethod("create", String[].class).invoke(null, (Object) args);
        Object runtime = bootType.getMethod("getRuntime").invoke(boot);
        Method undeploy = Class.forName("fish.payara.micro.PayaraMicroRuntime").getMethod("undeploy", String.class);

        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = commands.readLine()) != null && !line.equals("shutdown"); ) {
            if (line.startsWith("undeploy ")) {
                String name = line.substring("undeploy ".length());
                undeploy.invoke(runtime, name);
                // Payara's logging is fully alive here (the JVM is not shutting down), so this line
                // lands in the console output like the application's own.
                LOG.log(System.Logger.Level.INFO, UNDEPLOYED + name);
            }
        }
        bootType.getMethod("shutdown").invoke(boot);
        System.exit(0);
    }
}
