/**
 * The runtime side of the observation SPI ({@link io.zmqrpc.observe}): {@link
 * io.zmqrpc.runtime.observe.Observation} is what each client and server asks, once per call,
 * whether anything observes (a listener, or a JFR recording of {@code zmqrpc.Call}), and what it
 * hands the call's start and end to. The JFR event lives here too, behind a check that
 * {@code jdk.jfr} is there at all.
 */
package io.zmqrpc.runtime.observe;
