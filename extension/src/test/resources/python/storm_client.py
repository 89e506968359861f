#!/usr/bin/python3
"""Fresh aiozmq 1.0 clients one after another, each making one call, for the storm test.

Usage: storm_client.py <endpoint> <clients>
Each client connects, calls echo(str(i)) with a 5 s timeout and closes. Prints two lines:
  millis <connect-to-answer time of each answered call, in ms, space-separated>
  unanswered <the i of each call not answered, space-separated>
"""
import asyncio
import sys
import time

import aiozmq.rpc


async def main(endpoint, clients):
    millis, unanswered = [], []
    for i in range(clients):
        start = time.perf_counter()
        client = await aiozmq.rpc.connect_rpc(connect=endpoint, timeout=5)
        try:
            if await client.call.echo(str(i)) == str(i):
                millis.append((time.perf_counter() - start) * 1000)
            else:
                unanswered.append(i)
        except Exception:
            unanswered.append(i)
        finally:
            client.close()
            await client.wait_closed()
    print("millis", *("%.3f" % m for m in millis), flush=True)
    print("unanswered", *unanswered, flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
