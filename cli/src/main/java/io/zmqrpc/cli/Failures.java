package io.zmqrpc.cli;

import java.io.PrintWriter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** Prints a failure as one line on stderr, never a stack trace, and picks its exit code. */
final class Failures {

    private Failures() {
    }

    /** Bad options, unknown commands, unconvertible values: exit 2, naming the argument. */
    static int usage(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        // picocli starts some messages with "Error: ", which the command's name already says
        String message = e.getMessage().replaceFirst("^Error: ", "");
        cmd.getErr().println(name + ": " + message + " (see '" + name + " --help')");
        cmd.getErr().flush();
        return ExitCode.USAGE;
    }

    /** What a command threw while it ran. */
    static int execution(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        int code;
        if (e instanceof CliException failure) {
            err.println(name + ": " + failure.getMessage());
            code = failure.exitCode();
        } else {
            err.println(name + ": unexpected failure: " + e);
            code = ExitCode.REMOTE;
        }
        err.flush();
        return code;
    }
}
