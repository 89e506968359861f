package io.zmqrpc.bench;

/**
 * One system's figures for one throughput cell.
 *
 * @param callsPerSecond  the median slice's rate
 * @param switchesPerCall context switches per call over all the slices ({@link ThreadCounters}):
 *                        the thread hand-offs a call costs
 */
record Cell(double callsPerSecond, double switchesPerCall) {
}
