/**
 * A Quarkus application using zmqrpc through its build-compatible CDI extension: an endpoint bean
 * with a request-scoped collaborator, and a bean calling it through a typed and a dynamic client.
 */
package io.zmqrpc.quarkus.it;
