/**
 * zmqrpc without the OpenTelemetry API on the class path: a container deploys, serves and answers,
 * and no class that refers to OpenTelemetry is ever loaded.
 */
package io.zmqrpc.cdi.nootel;
