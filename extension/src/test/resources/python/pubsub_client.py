#!/usr/bin/python3
"""An aiozmq connect_pubsub client for the interop tests: publishes to the Java servers in argv[1:].

aiozmq has no ready-wait: like its users (aiozmq issues 73 and 161), it sleeps after connecting so
that the subscriptions reach it. Then it publishes record(topic, i, kind=...) twice on "alpha",
twice on "beta", once on "alphabet" (an "alpha" prefix match) and once with no topic, and prints
"SENT".
"""
import asyncio
import sys

import aiozmq.rpc


async def main():
    client = await aiozmq.rpc.connect_pubsub(connect=sys.argv[1:])
    await asyncio.sleep(1.5)
    for i in range(2):
        await client.publish("alpha").record("alpha", i, kind="py")
        await client.publish(b"beta").record("beta", i, kind="py")
    await client.publish("alphabet").record("alphabet", 0, kind="py")
    await client.publish(None).record("none", 0, kind="py")
    await asyncio.sleep(1)
    client.close()
    await client.wait_closed()
    print("SENT", flush=True)


asyncio.run(main())
