/**
 * Echo benchmarks that put zmqrpc beside the two systems it is judged against: bare JeroMQ (the
 * transport's limit) and gRPC-java (the usual alternative). {@link io.zmqrpc.bench.BenchMain} runs
 * everything and prints one report; each system plugs in as a {@link io.zmqrpc.bench.Contender}.
 */
package io.zmqrpc.bench;
