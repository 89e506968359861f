package io.zmqrpc.cli;

import io.zmqrpc.cli.options.Converters;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Builds the {@code zmqrpc} command line: the commands, the value converters, shell completion
 * and the handlers that turn every failure into one clear message and an {@link ExitCode}.
 * Tests run it in-process with {@link CommandLine#setOut} and {@link CommandLine#setErr}.
 */
public final class ZmqrpcCli {

    private ZmqrpcCli() {
    }

    /**
     * A ready command line.
     *
     * @param stdin where {@code call --json-lines} reads its calls
     * @return the command line; {@link CommandLine#execute} returns the exit code
     */
    public static CommandLine commandLine(java.io.InputStream stdin) {
        CommandLine cli = new CommandLine(new ZmqrpcCommand(stdin));
        Converters.register(cli);
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
        completion.getCommandSpec().usageMessage().hidden(false)
                .description("Prints a bash/zsh completion script: source <(zmqrpc completion)");
        cli.addSubcommand("completion", completion);
        cli.setParameterExceptionHandler(Failures::usage);
        cli.setExecutionExceptionHandler(Failures::execution);
        return cli;
    }
}
