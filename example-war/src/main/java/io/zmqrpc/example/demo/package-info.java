/**
 * The standalone demo: the same beans on Weld SE, a narrated series of calls, then serving until
 * Ctrl-C. Left out of the WAR (see the war plugin's {@code packagingExcludes}).
 */
package io.zmqrpc.example.demo;
