#!/usr/bin/python3
"""An aiozmq 1.0 request/reply server for the Java client interop tests.

Usage: rpc_server.py
Binds tcp://127.0.0.1:* (a free port), prints "READY <endpoint>" and serves until terminated.

The handler covers what the Java side checks: positional and keyword arguments, a namespace two
levels deep (ns.sub.join), every msgpack value type (echo returns what it got, received tells
how Python saw it), Python exceptions (builtins and a custom mymod.OutOfStock) and a slow method
for client timeouts.
"""
import asyncio

import aiozmq.rpc


class OutOfStock(Exception):
    """A user exception; aiozmq names it by module and qualified name: mymod.OutOfStock."""


class PaymentDeclined(Exception):
    """Another user exception, which the Java test leaves unmapped: mymod.PaymentDeclined."""


# Pretend both live in a module called mymod, as a real application's exceptions would.
OutOfStock.__module__ = "mymod"
PaymentDeclined.__module__ = "mymod"


class Sub(aiozmq.rpc.AttrHandler):
    """Reached as ns.sub.<method>."""

    @aiozmq.rpc.method
    def join(self, sep, *parts, upper=False):
        text = sep.join(parts)
        return text.upper() if upper else text


class Ns(aiozmq.rpc.AttrHandler):
    """Reached as ns.<method>; its attribute sub is the next namespace level."""

    def __init__(self):
        self.sub = Sub()

    @aiozmq.rpc.method
    def ping(self):
        return "pong"


class Handler(aiozmq.rpc.AttrHandler):
    def __init__(self):
        self.ns = Ns()

    @aiozmq.rpc.method
    def echo(self, value):
        # aiozmq unpacks arrays as tuples; they go back as msgpack arrays all the same
        return value

    @aiozmq.rpc.method
    def received(self, *args, **kwargs):
        # repr tells str from bytes, int from float, tuple from list: exactly what Python got
        return [repr(args), repr(kwargs)]

    @aiozmq.rpc.method
    def python_values(self):
        # values made in Python, for the Java side to check how they decode
        return {
            "none": None,
            "true": True,
            "small": 7,
            "negative": -7,
            "above_u32": 2**32 + 1,
            "i64_max": 2**63 - 1,
            "i64_min": -(2**63),
            "u64_max": 2**64 - 1,
            "float": 1.5,
            "str": "héllo ☃",
            "bytes": b"\x00\xffraw",
            "tuple": ("a", b"b", 3),
            "list": [1, [2, [3]]],
            "dict": {"inner": {"k": [None, False]}},
        }

    @aiozmq.rpc.method
    def greet(self, name, greeting="Hello", *, punctuation="!"):
        return f"{greeting}, {name}{punctuation}"

    @aiozmq.rpc.method
    def raise_value_error(self, message):
        raise ValueError(message, 42)

    @aiozmq.rpc.method
    def raise_key_error(self, key):
        raise KeyError(key)

    @aiozmq.rpc.method
    def raise_out_of_stock(self, item, left):
        raise OutOfStock(item, left)

    @aiozmq.rpc.method
    def raise_unmapped(self, reason):
        raise PaymentDeclined(reason)

    @aiozmq.rpc.method
    async def slow(self, seconds):
        await asyncio.sleep(seconds)
        return "slept"

    def not_remote(self):
        """No @method: aiozmq answers NotFoundError."""
        return "never"


async def main():
    server = await aiozmq.rpc.serve_rpc(
        Handler(), bind="tcp://127.0.0.1:*", log_exceptions=True
    )
    # bind="...:*" picks a free port; bindings() tells which
    (endpoint,) = server.transport.bindings()
    print("READY", endpoint, flush=True)
    await asyncio.Event().wait()  # serve until the test terminates us


if __name__ == "__main__":
    asyncio.run(main())
