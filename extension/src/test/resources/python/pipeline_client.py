#!/usr/bin/python3
"""An aiozmq connect_pipeline client for the interop tests: notifies the Java server at argv[1].

Sends note("text", 1), note(text="kw", number=2), tags(["x", "y"], counts={"x": 7}) and
ns.note("spaced", number=3), waits a moment so the messages leave before the socket closes, and
prints "SENT".
"""
import asyncio
import sys

import aiozmq.rpc


async def main():
    client = await aiozmq.rpc.connect_pipeline(connect=sys.argv[1])
    await client.notify.note("text", 1)
    await client.notify.note(text="kw", number=2)
    await client.notify.tags(["x", "y"], counts={"x": 7})
    await client.notify.ns.note("spaced", number=3)
    await asyncio.sleep(1)
    client.close()
    await client.wait_closed()
    print("SENT", flush=True)


asyncio.run(main())
