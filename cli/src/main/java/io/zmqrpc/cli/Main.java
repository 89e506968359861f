package io.zmqrpc.cli;

/** The launcher's entry point: runs the command line on the process's streams and exits with its code. */
public final class Main {

    private Main() {
    }

    /**
     * Runs {@code zmqrpc}.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(ZmqrpcCli.commandLine(System.in).execute(args));
    }
}
