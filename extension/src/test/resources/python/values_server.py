#!/usr/bin/python3
"""aiozmq peer for the values interop tests: serves on tcp://127.0.0.1:* and prints READY <endpoint>.

Uses aiozmq's documented Point translation table (ext code 0). Methods:
  describe(value) -> [type's module.qualname, repr(value)]   what Python really received
  make(expr)      -> the value of a Python expression over the datetime names and Point
  move(p, dx, dy) -> Point(p.x + dx, p.y + dy)
"""
import asyncio
from datetime import date, datetime, time, timedelta, timezone

import aiozmq.rpc
import msgpack


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


# aiozmq's documentation, verbatim but for the class above
translation_table = {
    0: (
        Point,
        lambda value: msgpack.packb((value.x, value.y)),
        lambda binary: Point(*msgpack.unpackb(binary)),
    ),
}

NAMES = {"date": date, "datetime": datetime, "time": time, "timedelta": timedelta,
         "timezone": timezone, "Point": Point}


class Handler(aiozmq.rpc.AttrHandler):
    @aiozmq.rpc.method
    def describe(self, value):
        kind = type(value)
        return [kind.__module__ + "." + kind.__qualname__, repr(value)]

    @aiozmq.rpc.method
    def make(self, expr: str):
        return eval(expr, dict(NAMES))

    @aiozmq.rpc.method
    def move(self, p, dx, dy):
        return Point(p.x + dx, p.y + dy)


async def main():
    server = await aiozmq.rpc.serve_rpc(Handler(), bind="tcp://127.0.0.1:*",
                                        translation_table=translation_table)
    print("READY", list(server.transport.bindings())[0], flush=True)
    await asyncio.Event().wait()


asyncio.run(main())
