#!/usr/bin/python3
"""aiozmq client for the values interop tests: calls a Java server, prints one line per call.

Usage: values_client.py <endpoint> <JSON list of Python expressions>
For each expression a tab-separated line: the expression, what the Java server's describe() saw,
the type and repr of what its echo() sent back, and whether that equals the value sent. Then the
Point example, a result Java cannot send, a datetime with a zoneinfo tzinfo (which Java drops) and a
dict bound to a Java record.
"""
import asyncio
import json
import sys
import zoneinfo
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


translation_table = {
    0: (
        Point,
        lambda value: msgpack.packb((value.x, value.y)),
        lambda binary: Point(*msgpack.unpackb(binary)),
    ),
}

NAMES = {"date": date, "datetime": datetime, "time": time, "timedelta": timedelta,
         "timezone": timezone, "Point": Point}


def show(*fields):
    print("\t".join(str(f) for f in fields), flush=True)


def kind(value):
    return type(value).__module__ + "." + type(value).__qualname__


async def main(endpoint, exprs):
    client = await aiozmq.rpc.connect_rpc(connect=endpoint, translation_table=translation_table,
                                          timeout=30)
    try:
        for expr in exprs:
            value = eval(expr, dict(NAMES))
            java = await client.call.describe(value)
            back = await client.call.echo(value)
            show(expr, java, kind(back), repr(back), back == value)
        moved = await client.call.move(Point(1, 2), 10, 20)
        show("move", kind(moved), repr(moved))
        # a result Java cannot send arrives as aiozmq's own packer failure would: a TypeError
        try:
            await client.call.numbered()
            show("numbered", "answered")
        except TypeError as exc:
            show("numbered", kind(exc), exc.args[0])
        # Java never unpickles a tzinfo outside the datetime module: it answers that it cannot
        # decode the arguments (zmqrpc's extension), and aiozmq raises its own ParametersError.
        try:
            await client.with_timeout(10).call.describe(
                datetime(2024, 7, 1, tzinfo=zoneinfo.ZoneInfo("Europe/Paris")))
            show("zoneinfo", "answered")
        except aiozmq.rpc.ParametersError as exc:
            show("zoneinfo", kind(exc), exc.args[0])
        order = {"id": 7, "lines": [{"sku": "a-1", "qty": 2}], "status": "SHIPPED",
                 "due": date(1900, 1, 1), "note": None}
        java = await client.call.describe(order)
        back = await client.call.echo_order(order)
        show("order", java, kind(back), repr(back))
    finally:
        client.close()
        await client.wait_closed()


asyncio.run(main(sys.argv[1], json.loads(sys.argv[2])))
