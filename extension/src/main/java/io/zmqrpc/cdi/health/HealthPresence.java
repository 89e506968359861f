package io.zmqrpc.cdi.health;

/**
 * Whether MicroProfile Health is there to add checks to. References no MicroProfile type, so that
 * asking never loads one.
 */
public final class HealthPresence {

    private static final String HEALTH_CHECK = "org.eclipse.microprofile.health.HealthCheck";

    private HealthPresence() {
    }

    /**
     * Whether the class loader that loads zmqrpc's checks sees the MicroProfile Health API: the
     * checks' own references resolve through it, whatever another loader sees.
     *
     * @return true when the checks can be added
     */
    public static boolean detected() {
        try {
            Class.forName(HEALTH_CHECK, false, HealthPresence.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
