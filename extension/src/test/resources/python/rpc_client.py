#!/usr/bin/python3
"""An aiozmq 1.0 request/reply client for the Java server interop tests.

Usage: rpc_client.py <endpoint> <scenario>
Runs the calls of one scenario against the Java server and prints one JSON line per call:
  {"call": "<label>", "result": <value>}                     on success
  {"call": "<label>", "raised": "<module.Class>", "args": <e.args>}   on an exception
Values use a tagged encoding so that the Java test can tell them apart exactly: bytes become
{"bytes": "<hex>"}, str stays a JSON string, tuples and lists become JSON arrays (aiozmq unpacks
every array as a tuple), floats keep their decimal point (1.0, never 1).
"""
import asyncio
import json
import sys

import aiozmq.rpc


def tagged(value):
    """The JSON form of a decoded value, bytes kept apart from str."""
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    if isinstance(value, (list, tuple)):
        return [tagged(v) for v in value]
    if isinstance(value, dict):
        return {k: tagged(v) for k, v in value.items()}
    return value


def qualified(cls):
    return cls.__module__ + "." + cls.__qualname__


async def report(label, call):
    """Awaits one call and prints its outcome."""
    try:
        line = {"call": label, "result": tagged(await call)}
    except Exception as exc:
        line = {"call": label, "raised": qualified(type(exc)), "args": tagged(exc.args)}
    # ASCII only (\uXXXX escapes), whatever the locale's encoding of stdout
    print(json.dumps(line), flush=True)


async def arguments(rpc):
    await report("positional", rpc.call.greet("Ada", "Hello", None))
    await report("keywords", rpc.call.greet(punctuation="?", greeting="Hi", name="Ada"))
    await report("mixed", rpc.call.greet("Ada", greeting="Hey"))
    await report("fields", rpc.call.inventory.stock.reserve("widget", quantity=3))
    await report("builder", rpc.call.admin.users.find(7, verbose=True))


async def values(rpc):
    sent = [
        ("none", None),
        ("true", True),
        ("small", 7),
        ("negative", -7),
        ("above_u32", 2**32 + 1),
        ("i64_max", 2**63 - 1),
        ("i64_min", -(2**63)),
        ("u64_max", 2**64 - 1),
        ("float", 1.5),
        ("whole_float", 2.0),
        ("str", "héllo ☃"),
        ("bytes", b"\x00\xffraw"),
        ("empty_str", ""),
        ("empty_bytes", b""),
        ("tuple", ("a", b"b")),
        ("nested", {"list": [1, [2.5, None]], "map": {"k": b"v"}}),
    ]
    for label, value in sent:
        await report(label, rpc.call.echo(value))
    await report("java_values", rpc.call.javaValues())


async def errors(rpc):
    await report("generic", rpc.call.failState("out of order"))
    await report("mapped", rpc.call.failQuantity(-1))
    await report("not_found", rpc.call.nope())
    await report("not_found_nested", rpc.call.inventory.stock.nope())
    await report("not_remote", rpc.call.notRemote())
    await report("missing_argument", rpc.call.greet("Ada"))
    await report("unknown_keyword", rpc.call.echo(1, colour="red"))
    await report("unconvertible", rpc.call.failQuantity("many"))


async def timeout(rpc):
    await report("slow", rpc.with_timeout(0.5).call.slow(3000))
    await report("after", rpc.call.echo("still here"))


async def handler_timeout(rpc):
    # the Java server gives up on its handler first and answers asyncio.TimeoutError
    await report("slow", rpc.call.slow(3000))


SCENARIOS = {f.__name__: f for f in (arguments, values, errors, timeout, handler_timeout)}


async def main(endpoint, scenario):
    rpc = await aiozmq.rpc.connect_rpc(connect=endpoint, timeout=30)
    try:
        await SCENARIOS[scenario](rpc)
    finally:
        rpc.close()
        await rpc.wait_closed()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
