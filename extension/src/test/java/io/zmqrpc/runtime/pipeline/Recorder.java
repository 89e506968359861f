package io.zmqrpc.runtime.pipeline;

import io.zmqrpc.RpcMethod;
import io.zmqrpc.testing.Inbox;
import java.util.List;
import java.util.Map;

/** A pipeline handler that records each notification in an {@link Inbox}. */
public class Recorder {

    final Inbox inbox;
    private final String label;

    Recorder(Inbox inbox, String label) {
        this.inbox = inbox;
        this.label = label;
    }

    @RpcMethod
    public void note(String text, long number) {
        inbox.add(label + "note(" + text + ", " + number + ")");
    }

    @RpcMethod
    public void tags(List<String> tags, Map<String, Integer> counts) {
        inbox.add(label + "tags(" + tags + ", " + counts + ")");
    }

    /** A non-null return value is ignored: nothing goes back. */
    @RpcMethod
    public String answer(String text) {
        inbox.add(label + "answer(" + text + ")");
        return "ignored " + text;
    }

    @RpcMethod
    public void fail(String kind) {
        inbox.add(label + "fail(" + kind + ")");
        throw kind.equals("excluded") ? new UnsupportedOperationException(kind) : new IllegalStateException(kind);
    }
}
