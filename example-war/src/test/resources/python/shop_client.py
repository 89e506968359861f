"""Calls the example's inventory service the way a Python service would, with aiozmq.

Usage: python3 shop_client.py tcp://127.0.0.1:5555

Prints one JSON document with what each call returned, which the integration tests assert on.
Works on the SKU "plum" only, so that it does not disturb the other tests' stock.
"""
import asyncio
import json
import sys

import aiozmq.rpc


async def main(endpoint):
    client = await aiozmq.rpc.connect_rpc(connect=endpoint, timeout=10)
    try:
        result = {"available": await client.call.available("plum")}
        result["reservation"] = await client.call.reserve("plum", 2)
        try:
            await client.call.reserve("plum", 100)
            result["outOfStock"] = None
        except aiozmq.rpc.GenericError as error:
            # A Java exception the server mapped to "shop.OutOfStock": Python sees its name and args.
            result["outOfStock"] = {"type": error.exc_type, "args": list(error.arguments)}
        result["restocked"] = await client.call.restock("plum", 4)
        print(json.dumps(result, default=repr))
    finally:
        client.close()
        await client.wait_closed()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
