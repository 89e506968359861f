/**
 * {@code zmqrpc bench}: a load test of one method, closed loop (N calls, C in flight) or open loop
 * (R calls a second for D), with latency percentiles measured from each call's intended send time.
 */
package io.zmqrpc.cli.bench;
