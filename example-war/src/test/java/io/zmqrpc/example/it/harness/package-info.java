/**
 * A small, reusable harness for integration tests against real servers: free ports on loopback
 * ({@link io.zmqrpc.example.it.harness.FreePorts}), a child process whose output goes to a file and
 * can be waited on ({@link io.zmqrpc.example.it.harness.ServerProcess},
 * {@link io.zmqrpc.example.it.harness.ProcessLog}), and the two servers
 * ({@link io.zmqrpc.example.it.harness.PayaraMicro}, {@link io.zmqrpc.example.it.harness.WildFly})
 * behind {@link io.zmqrpc.example.it.harness.AppServer}. Whatever starts a process here also stops
 * it, forcibly and with its children when it must, whatever the test's outcome.
 */
package io.zmqrpc.example.it.harness;
