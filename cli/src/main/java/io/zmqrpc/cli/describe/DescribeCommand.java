package io.zmqrpc.cli.describe;

import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.ExitCode;
import io.zmqrpc.cli.json.JsonValues;
import io.zmqrpc.cli.options.Endpoint;
import io.zmqrpc.cli.options.RpcTarget;
import io.zmqrpc.runtime.ServerOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zmqrpc describe ENDPOINT}. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = {"Lists the remote methods of a zmqrpc server, with parameter names and types.",
            "One a line: name(param: type, [optional: type], *varargs: type) -> returns. The server must enable its "
                + "description (ServerOptions.Builder.describe(true), or zmqrpc.server.<name>.describe=true in CDI); "
                + "it is off by default, and aiozmq servers have none.",
            "",
            "  zmqrpc describe tcp://127.0.0.1:5555",
            ""},
        footer = {"", "Exit codes: 0 listed; 1 the server does not describe itself, or described nothing; "
                + "2 bad usage; 3 no reply within --timeout."})
public final class DescribeCommand implements Callable<Integer> {

    /** The reserved name, as {@code docs/protocol.md} documents it. */
    static final String DESCRIBE = "_zmqrpc.describe";

    @Option(names = "--json", description = "Print the server's description as it came, as JSON.")
    boolean json;

    @Mixin
    RpcTarget target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Object description;
        Endpoint endpoint = target.endpoint();
        try (RpcChannel client = target.connect()) {
            description = client.call(Object.class, DESCRIBE, List.of(), Map.of());
        } catch (MethodNotFoundException e) {
            throw CliException.remote("the server at " + endpoint + " does not describe itself: it answered "
                    + "NotFoundError for " + DESCRIBE + " (an aiozmq server, or a zmqrpc server whose describe "
                    + "option is off)");
        } catch (RuntimeException e) {
            throw target.failure(e);
        }
        List<Map<?, ?>> methods = MethodLines.methods(description);
        if (methods.isEmpty()) {
            throw CliException.remote("the server at " + endpoint + " described no methods");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonValues.write(description));
        } else {
            methods.forEach(m -> out.println(MethodLines.line(m)));
        }
        out.flush();
        return ExitCode.OK;
    }
}
