/**
 * Configuration of the CDI extension (internal): where keys are read (MicroProfile Config, else
 * system properties and environment), {@code ${key:default}} placeholders, override keys and
 * duration texts. See {@code docs/configuration.md} for every key.
 */
package io.zmqrpc.cdi.config;
