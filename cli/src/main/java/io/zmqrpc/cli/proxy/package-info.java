/**
 * {@code zmqrpc proxy}: ZeroMQ's ROUTER/DEALER queue device (JeroMQ's {@code ZProxy}), with CURVE
 * on the frontend and a count of the messages it forwarded each way.
 */
package io.zmqrpc.cli.proxy;
