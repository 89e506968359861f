/** The Quarkus application's tests, under {@code @QuarkusTest}. */
package io.zmqrpc.quarkus.it;
