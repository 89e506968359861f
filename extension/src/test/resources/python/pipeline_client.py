#!/usr/bin/python3
"""An aiozmq connect_pipeline client for the interop tests: notifies the Java server at argv[1].

Sends record("text", 1, 2.5, [1, 2]), record(x=1, y="why") and ns.record("spaced", flag=True),
then waits a moment so the messages leave before the socket closes, and prints "SENT".
"""
import asyncio
import sys

import aiozmq.rpc


async def main():
    client = await aiozmq.rpc.connect_pipeline(connect=sys.argv[1])
    await client.notify.record("text", 1, 2.5, [1, 2])
    await client.notify.record(x=1, y="why")
    await client.notify.ns.record("spaced", flag=True)
    await asyncio.sleep(1)
    client.close()
    await client.wait_closed()
    print("SENT", flush=True)


asyncio.run(main())
