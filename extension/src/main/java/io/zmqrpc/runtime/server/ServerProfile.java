package io.zmqrpc.runtime.server;

import io.zmqrpc.Pattern;
import io.zmqrpc.runtime.wire.Framing;
import org.zeromq.SocketType;

/**
 * What a server does differently for each pattern, chosen once when it starts: its socket type,
 * the frame layout of the calls it reads, whether it answers them (request/reply only; only
 * answered calls are tracked, so that a closing server can answer those still running), and
 * whether it subscribes to topics (pub/sub only).
 */
enum ServerProfile {

    RPC(SocketType.ROUTER, Framing.RPC, true, false),
    PIPELINE(SocketType.PULL, Framing.PIPELINE, false, false),
    PUBSUB(SocketType.SUB, Framing.PUBSUB, false, true);

    final SocketType socketType;
    final Framing framing;
    final boolean answers;
    /** Whether the socket subscribes to the options' topics before it connects. */
    final boolean subscribes;

    ServerProfile(SocketType socketType, Framing framing, boolean answers, boolean subscribes) {
        this.socketType = socketType;
        this.framing = framing;
        this.answers = answers;
        this.subscribes = subscribes;
    }

    static ServerProfile of(Pattern pattern) {
        return switch (pattern) {
            case RPC -> RPC;
            case PIPELINE -> PIPELINE;
            case PUBSUB -> PUBSUB;
        };
    }
}
