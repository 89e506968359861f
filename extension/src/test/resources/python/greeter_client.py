"""An aiozmq 1.0 client calling a @RemoteEndpoint greeter bean (TCK and Quarkus interop tests); prints JSON lines."""
import asyncio
import json
import sys

import aiozmq.rpc


async def main(endpoint):
    client = await aiozmq.rpc.connect_rpc(connect=endpoint, timeout=20)
    print(json.dumps(await client.call.greet("python")))
    print(json.dumps(await client.call.greet(name="keywords")))
    try:
        await client.call.missing()
    except aiozmq.rpc.NotFoundError as e:
        print(json.dumps(["NotFoundError", e.args[0]]))
    client.close()
    await client.wait_closed()


asyncio.run(main(sys.argv[1]))
