/**
 * The {@code zmqrpc} command line: one subcommand per package ({@code call}, {@code notify},
 * {@code publish}, {@code listen}, {@code describe}, {@code bench}, {@code proxy}, {@code keygen}),
 * the JSON forms of values in {@code json}, and what the commands share in {@code options} and
 * {@code connect}. {@link io.zmqrpc.cli.ZmqrpcCli} builds the command line, {@link io.zmqrpc.cli.Main}
 * runs it; exit codes are in {@link io.zmqrpc.cli.ExitCode}.
 */
package io.zmqrpc.cli;
