package io.zmqrpc.cli.call;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.ExitCode;
import io.zmqrpc.cli.ZmqrpcCommand;
import io.zmqrpc.cli.json.CallArguments;
import io.zmqrpc.cli.json.JsonValues;
import io.zmqrpc.cli.options.RpcTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code zmqrpc call ENDPOINT METHOD [ARG...] [NAME=VALUE...]}: one call, its result as JSON on stdout. */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = {"Calls a remote method (request/reply) and prints its result as JSON.",
            "",
            "  zmqrpc call tcp://127.0.0.1:5555 greet.hello world",
            "  zmqrpc call tcp://127.0.0.1:5555 calc.add 1 2",
            "  zmqrpc call tcp://127.0.0.1:5555 shop.order '[\"apple\",\"pear\"]' express=true",
            "  echo '{\"method\":\"calc.add\",\"args\":[1,2]}' | zmqrpc call --json-lines tcp://127.0.0.1:5555",
            ""},
        footer = {"", "Exit codes: 0 result printed; 1 the remote raised (stderr: type, args, repr); 2 bad usage or "
                + "argument; 3 no reply within --timeout (unreachable, nothing serving, or CURVE refused).",
            "With --json-lines: one line out per line in, {\"result\": ...}, {\"error\": {\"type\", \"args\", \"repr\"}} "
                    + "or {\"failed\": \"why\", \"exit\": code}; the exit code is the highest of the lines'."})
public final class CallCommand implements Callable<Integer> {

    @Parameters(index = "1", arity = "0..1", paramLabel = "METHOD",
            description = "The remote method, dotted for namespaces (not with --json-lines).")
    String method;

    @Parameters(index = "2..*", paramLabel = "ARG|NAME=VALUE",
            description = "Positional arguments, then keyword arguments; each value JSON or a bare word (a string).")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--json-lines",
            description = "Read one call per line from stdin: {\"method\": NAME, \"args\": [...], \"kwargs\": {...}}.")
    boolean jsonLines;

    @Mixin
    RpcTarget target;

    @ParentCommand
    ZmqrpcCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (jsonLines) {
            if (method != null) {
                throw CliException.usage("--json-lines reads the calls from stdin: give only the ENDPOINT");
            }
            try (RpcChannel client = target.connect()) {
                return new JsonLineCalls(client, target).run(parent.stdin(), spec.commandLine().getOut());
            }
        }
        if (method == null) {
            throw CliException.usage("missing METHOD");
        }
        CallArguments call = CallArguments.parse(arguments);
        try (RpcChannel client = target.connect()) {
            Object result;
            try {
                result = client.call(Object.class, method, call.args(), call.kwargs());
            } catch (RuntimeException e) {
                throw target.failure(e);
            }
            spec.commandLine().getOut().println(JsonValues.write(result));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
