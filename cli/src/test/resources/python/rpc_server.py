#!/usr/bin/python3
"""An aiozmq 1.0 request/reply server for the zmqrpc command line tests.

Binds tcp://127.0.0.1:* (or argv[1]), prints "READY <endpoint>" and serves until terminated.
"""
import asyncio
import datetime
import sys

import aiozmq.rpc


class Handler(aiozmq.rpc.AttrHandler):
    @aiozmq.rpc.method
    def add(self, a, b):
        return a + b

    @aiozmq.rpc.method
    def greet(self, name, greeting="Hello", *, punctuation="!"):
        return f"{greeting}, {name}{punctuation}"

    @aiozmq.rpc.method
    def echo(self, value):
        return value

    @aiozmq.rpc.method
    def received(self, *args, **kwargs):
        # repr tells str from bytes and shows datetimes exactly as Python got them
        return [repr(args), repr(kwargs)]

    @aiozmq.rpc.method
    def python_values(self):
        tz = datetime.timezone(datetime.timedelta(hours=2))
        return {
            "bytes": b"\x00\x01\xff",
            "aware": datetime.datetime(2024, 5, 1, 12, 30, 0, 500000, tzinfo=tz),
            "naive": datetime.datetime(2024, 5, 1, 12, 30),
            "date": datetime.date(2024, 5, 1),
            "time": datetime.time(12, 30, 15),
            "delta": datetime.timedelta(hours=1, minutes=30),
        }

    @aiozmq.rpc.method
    def fail(self, message):
        raise ValueError(message)

    @aiozmq.rpc.method
    async def slow(self, seconds):
        await asyncio.sleep(seconds)
        return "slept"


async def main():
    bind = sys.argv[1] if len(sys.argv) > 1 else "tcp://127.0.0.1:*"
    server = await aiozmq.rpc.serve_rpc(Handler(), bind=bind)
    (endpoint,) = server.transport.bindings()
    print("READY", endpoint, flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
