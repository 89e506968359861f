#!/usr/bin/python3
"""An aiozmq pipeline (argv[1] == "pipeline") or pub/sub client (argv[1] == "pubsub") for the
listen tests: connects to argv[2], prints "READY <endpoint>", then sends record(i, b"\\x00\\x01",
when=<a datetime>) every 50 ms, i counting from 0, until terminated; a publisher alternates the
topics "alpha" and "beta". aiozmq has no way to wait for a subscriber, so it keeps sending: the
test reads what arrives and stops it.
"""
import asyncio
import datetime
import sys

import aiozmq.rpc


async def main():
    pattern, endpoint = sys.argv[1], sys.argv[2]
    when = datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.timezone.utc)
    if pattern == "pipeline":
        client = await aiozmq.rpc.connect_pipeline(connect=endpoint)
    else:
        client = await aiozmq.rpc.connect_pubsub(connect=endpoint)
    print("READY", endpoint, flush=True)
    i = 0
    while True:
        if pattern == "pipeline":
            await client.notify.record(i, b"\x00\x01", when=when)
        else:
            await client.publish("alpha" if i % 2 == 0 else "beta").record(i, b"\x00\x01", when=when)
        i += 1
        await asyncio.sleep(0.05)


if __name__ == "__main__":
    asyncio.run(main())
