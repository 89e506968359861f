package io.zmqrpc.cli;

import io.zmqrpc.cli.bench.BenchCommand;
import io.zmqrpc.cli.call.CallCommand;
import io.zmqrpc.cli.describe.DescribeCommand;
import io.zmqrpc.cli.keygen.KeygenCommand;
import io.zmqrpc.cli.listen.ListenCommand;
import io.zmqrpc.cli.notify.NotifyCommand;
import io.zmqrpc.cli.proxy.ProxyCommand;
import io.zmqrpc.cli.publish.PublishCommand;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code zmqrpc} command itself: holds the subcommands and the help every one of them shares. */
@Command(name = "zmqrpc", mixinStandardHelpOptions = true, version = "zmqrpc 0.1.0",
        description = {
            "Calls, notifies, publishes to, listens to, describes, load-tests and proxies zmqrpc and "
                    + "Python aiozmq services, over aiozmq 1.0's wire protocol.",
            ""},
        subcommands = {CallCommand.class, NotifyCommand.class, PublishCommand.class, ListenCommand.class,
            DescribeCommand.class, BenchCommand.class, ProxyCommand.class, KeygenCommand.class},
        footerHeading = "%n",
        footer = {
            "Values: every ARG and VALUE is JSON (1, 2.5, \"text\", [1,2], {\"a\":1}, true, null); a bare word "
                    + "that is not JSON is a string. Keyword arguments are NAME=VALUE.",
            "Values JSON cannot show, both ways: {\"$bytes\":\"<base64>\"}, {\"$datetime\":\"2024-05-01T12:30:00.5+02:00\"} "
                    + "(no offset: naive), {\"$date\":\"2024-05-01\"}, {\"$time\":\"12:30:00\"}, {\"$timedelta\":\"PT1H30M\"}, "
                    + "{\"$timezone\":\"+02:00\"}, {\"$ext\":{\"code\":5,\"data\":\"<base64>\"}}.",
            "Durations: 5s, 500ms, 100us, 2m, 1h or ISO-8601 (PT5S). Endpoints: tcp://host:port, ipc://path.",
            "",
            "Exit codes: 0 success; 1 the remote raised (stderr shows its type, args and repr) or described "
                    + "nothing; 2 usage or argument syntax (nothing is sent); 3 timeout, unreachable, or refused (CURVE).",
            "",
            "'zmqrpc COMMAND --help' explains each command; 'source <(zmqrpc completion)' completes them in bash and zsh."})
public final class ZmqrpcCommand implements Callable<Integer> {

    private final InputStream stdin;

    @Spec
    private CommandSpec spec;

    ZmqrpcCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /** @return where commands read their input */
    public InputStream stdin() {
        return stdin;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing a command: call, notify, publish, listen, "
                + "describe, bench, proxy, keygen or completion");
    }
}
