/**
 * What the command line's tests share: running the CLI in-process with captured streams, a Python
 * aiozmq peer, Java servers to call and free ports.
 */
package io.zmqrpc.cli.testing;
