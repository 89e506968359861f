#!/usr/bin/python3
"""An aiozmq serve_pipeline server for the interop tests.

Binds tcp://127.0.0.1 on a free port, prints "READY <endpoint>", then one JSON line per
notification received: [method name, positional args, keyword args]. Runs until terminated.
"""
import asyncio
import json
import sys

import aiozmq.rpc


class Recorder(aiozmq.rpc.AttrHandler):
    def __init__(self, prefix):
        self.prefix = prefix

    @aiozmq.rpc.method
    def record(self, *args, **kwargs):
        print(json.dumps([self.prefix + "record", list(args), kwargs], sort_keys=True), flush=True)


class Root(Recorder):
    def __init__(self):
        super().__init__("")
        self.ns = Recorder("ns.")


async def main():
    server = await aiozmq.rpc.serve_pipeline(Root(), bind="tcp://127.0.0.1:*")
    endpoint = list(server.transport.bindings())[0]
    print("READY " + endpoint, flush=True)
    await asyncio.Event().wait()


asyncio.run(main())
