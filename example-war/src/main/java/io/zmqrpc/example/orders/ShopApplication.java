package io.zmqrpc.example.orders;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves the shop's resources under {@code /api}; classes are found by scanning. */
@ApplicationPath("/api")
public class ShopApplication extends Application {
}
