#!/usr/bin/python3
"""An aiozmq serve_pubsub server for the interop tests, subscribed to the topic argv[1].

Binds tcp://127.0.0.1 on a free port, prints "READY <endpoint>", then one JSON line per
published call received: [method name, positional args, keyword args]. Runs until terminated.
"""
import asyncio
import json
import sys

import aiozmq.rpc


class Recorder(aiozmq.rpc.AttrHandler):
    @aiozmq.rpc.method
    def record(self, *args, **kwargs):
        print(json.dumps(["record", list(args), kwargs], sort_keys=True), flush=True)


async def main():
    server = await aiozmq.rpc.serve_pubsub(Recorder(), subscribe=sys.argv[1], bind="tcp://127.0.0.1:*")
    endpoint = list(server.transport.bindings())[0]
    print("READY " + endpoint, flush=True)
    await asyncio.Event().wait()


asyncio.run(main())
