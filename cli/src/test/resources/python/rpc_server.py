#!/usr/bin/python3
"""An aiozmq 1.0 request/reply server for the zmqrpc command line tests.

Usage: rpc_server.py [--connect ENDPOINT | --curve KEYFILE]
Binds tcp://127.0.0.1:* and prints "READY <endpoint>", or connects to ENDPOINT (a proxy's backend)
and prints "READY <endpoint>" once connected; with --curve it is a CURVE server whose secret key
is read from KEYFILE (a ZeroMQ certificate, as zmqrpc keygen writes) with pyzmq's own reader.
Serves until terminated.
"""
import asyncio
import datetime
import sys

import aiozmq.rpc
import zmq
import zmq.auth


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
    args = sys.argv[1:]
    if args[:1] == ["--connect"]:
        server = await aiozmq.rpc.serve_rpc(Handler(), connect=args[1])
        print("READY", args[1], flush=True)
    else:
        server = await aiozmq.rpc.serve_rpc(Handler())
        if args[:1] == ["--curve"]:
            _, secret = zmq.auth.load_certificate(args[1])
            server.transport.setsockopt(zmq.CURVE_SERVER, 1)
            server.transport.setsockopt(zmq.CURVE_SECRETKEY, secret)
        await server.transport.bind("tcp://127.0.0.1:*")
        (endpoint,) = server.transport.bindings()
        print("READY", endpoint, flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
