package io.zmqrpc.runtime.wire;

import java.util.concurrent.ThreadLocalRandom;

/** The pid and random tag aiozmq puts in every header. */
public final class Identity {

    /** This process's pid, low 16 bits, as aiozmq packs {@code os.getpid()} into a u16. */
    public static final int PID = (int) (ProcessHandle.current().pid() & 0xFFFF);

    private Identity() {
    }

    /**
     * A new random tag, u16.
     *
     * @return the tag
     */
    public static int random() {
        return ThreadLocalRandom.current().nextInt(0x10000);
    }
}
