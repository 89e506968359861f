package io.zmqrpc.observe;

import io.zmqrpc.Pattern;

/**
 * Messages a side dropped or refused, handed to {@link CallListener#dropped}.
 *
 * @param side the side that dropped them
 * @param pattern the pattern of the socket
 * @param endpoint the name of the client or server
 * @param reason why
 * @param count how many (a client that went away may leave several replies behind)
 */
public record Drop(Side side, Pattern pattern, String endpoint, DropReason reason, int count) {
}
