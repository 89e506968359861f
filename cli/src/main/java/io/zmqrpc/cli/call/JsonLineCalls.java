package io.zmqrpc.cli.call;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.ExitCode;
import io.zmqrpc.cli.connect.CallFailures;
import io.zmqrpc.cli.json.JsonValues;
import io.zmqrpc.cli.options.RpcTarget;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Calls read from stdin, one JSON object a line, answered in order, one JSON line each. A bad
 * line is reported on its own output line and the next line is still called.
 */
final class JsonLineCalls {

    private final RpcChannel client;
    private final RpcTarget target;

    JsonLineCalls(RpcChannel client, RpcTarget target) {
        this.client = client;
        this.target = target;
    }

    int run(InputStream in, PrintWriter out) {
        int worst = ExitCode.OK;
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode answer = JsonValues.object();
                try {
                    answer.set("result", JsonValues.toJson(call(line, number)));
                } catch (CliException e) {
                    answer.put("failed", e.getMessage()).put("exit", e.exitCode());
                    worst = Math.max(worst, e.exitCode());
                } catch (RemoteFailure e) {
                    ObjectNode error = answer.putObject("error").put("type", e.remote.type());
                    error.set("args", JsonValues.toJson(e.remote.args()));
                    error.put("repr", e.remote.repr());
                    worst = Math.max(worst, ExitCode.REMOTE);
                }
                out.println(JsonValues.write(answer));
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stdin", e);
        }
        return worst;
    }

    private Object call(String line, int number) {
        Object parsed;
        try {
            parsed = JsonValues.parse(line);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("line " + number + ": " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> call) || !(call.get("method") instanceof String method)
                || !call.keySet().stream().allMatch(k -> List.of("method", "args", "kwargs").contains(k))) {
            throw shape(number);
        }
        Object args = call.containsKey("args") ? call.get("args") : List.of();
        Object kwargs = call.containsKey("kwargs") ? call.get("kwargs") : Map.of();
        if (!(args instanceof List<?> positional) || !(kwargs instanceof Map<?, ?> keywords)) {
            throw shape(number);
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> named = (Map<String, ?>) keywords;
        try {
            return client.call(Object.class, method, positional, named);
        } catch (RuntimeException e) {
            RemoteError remote = RemoteError.of(CallFailures.unwrap(e));
            if (remote != null) {
                throw new RemoteFailure(remote);
            }
            throw target.failure(e);
        }
    }

    private static CliException shape(int number) {
        return CliException.usage("line " + number + ": write {\"method\": NAME, \"args\": [...], \"kwargs\": {...}}");
    }

    /** A remote error, shown as data rather than as a message. */
    private static final class RemoteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RemoteError remote;

        RemoteFailure(RemoteError remote) {
            super(remote.type(), null, false, false);
            this.remote = remote;
        }
    }
}
