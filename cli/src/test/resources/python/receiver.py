#!/usr/bin/python3
"""An aiozmq pipeline (argv[1] == "pipeline") or pub/sub server (argv[1] == "pubsub", topics in
argv[2:]) for the notify and publish tests: binds tcp://127.0.0.1:*, prints "READY <endpoint>",
then one line per call received: "<method> <repr(args)> <repr(kwargs)>".
"""
import asyncio
import sys

import aiozmq.rpc


class Handler(aiozmq.rpc.AttrHandler):
    @aiozmq.rpc.method
    def record(self, *args, **kwargs):
        print("record", repr(args), repr(kwargs), flush=True)


async def main():
    if sys.argv[1] == "pipeline":
        server = await aiozmq.rpc.serve_pipeline(Handler(), bind="tcp://127.0.0.1:*")
    else:
        server = await aiozmq.rpc.serve_pubsub(Handler(), bind="tcp://127.0.0.1:*", subscribe=sys.argv[2:])
    (endpoint,) = server.transport.bindings()
    print("READY", endpoint, flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
