/** A second, small Quarkus build with a bad endpoint, which must fail at build time. */
package io.zmqrpc.quarkus.it.problem;
