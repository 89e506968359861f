package io.zmqrpc.example.inventory;

/**
 * The result of taking stock.
 *
 * @param items how many items are on the shelves
 * @param attempt which request to the stock counter answered (counted since the server started)
 */
public record Stocktake(int items, int attempt) {
}
