package io.zmqrpc.example.demo;

import io.zmqrpc.RemoteError;
import io.zmqrpc.example.inventory.Inventory;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shop on Weld SE: the container starts, the zmqrpc extension serves
 * {@code InventoryService}, this class makes a few calls through the injected client and tells
 * what happens, then the process serves until Ctrl-C, which shuts the container (and the endpoint)
 * down through a shutdown hook.
 *
 * <p>The only class of the project that writes to {@code System.out}: here the output is the
 * point. Addresses come from {@code -Dinventory.bind} / {@code -Dinventory.connect}.
 */
public final class Main {

    private static final String DEFAULT_BIND = "tcp://127.0.0.1:5555";
    /** Weld SE's switch for its own shutdown hook ({@code Weld.SHUTDOWN_HOOK_SYSTEM_PROPERTY}). */
    private static final String WELD_SHUTDOWN_HOOK = "org.jboss.weld.se.shutdownHook";

    private Main() {
    }

    /**
     * Starts the demo.
     *
     * @param args ignored
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        // Our own shutdown hook instead of Weld's, so that the stop is told on stdout: log lines
        // written while the JVM shuts down may be lost (java.util.logging resets in a hook of its own).
        SeContainer container = SeContainerInitializer.newInstance().addProperty(WELD_SHUTDOWN_HOOK, false).initialize();
        String bind = System.getProperty("inventory.bind", DEFAULT_BIND);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            container.close();
            System.out.println("Stopped: the container shut down and " + bind + " is closed.");
        }, "demo shutdown"));
        System.out.println();
        System.out.println("zmqrpc shop demo: InventoryService is served over ZeroMQ at " + bind + ";");
        System.out.println("each call below goes through a typed client proxy, over the socket, and back.");
        System.out.println();

        Inventory inventory = container.select(DemoClient.class).get().inventory();
        show("inventory.stock()", "what is on the shelves", inventory::stock);
        show("inventory.reserve(\"apple\", 3)", "take 3 apples for an order", () -> inventory.reserve("apple", 3));
        show("inventory.reserve(\"pear\", 99)", "more pears than there are: the server throws", () -> inventory.reserve("pear", 99));
        show("inventory.restock(\"apple\", 5)", "asynchronous: returns a CompletionStage at once",
                () -> inventory.restock("apple", 5).toCompletableFuture().get(10, TimeUnit.SECONDS));

        System.out.println();
        System.out.println("Serving " + bind + " until Ctrl-C. Call it from Python meanwhile (see README):");
        System.out.println("    " + (bind.equals(DEFAULT_BIND) ? "" : "INVENTORY=" + bind + " ")
                + "/usr/bin/python3 example-war/src/test/resources/python/readme_client.py");
        Thread.currentThread().join();
    }

    private static void show(String call, String why, Callable<?> action) {
        System.out.println("-> " + call + "    // " + why);
        try {
            System.out.println("<- " + action.call());
        } catch (Exception e) {
            RemoteError remote = RemoteError.of(e);
            System.out.println("<- threw " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (remote == null ? "" : "  (remote type " + remote.type() + ", mapped by ShopErrors)"));
        }
        System.out.println();
    }
}
