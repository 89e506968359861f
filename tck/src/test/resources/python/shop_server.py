"""An aiozmq 1.0 server for the TCK's interop tests: prints READY <endpoint>, serves until killed."""
import asyncio

import aiozmq.rpc


class OutOfStock(Exception):
    pass


# aiozmq names a raised exception by module and class name: the Java side sees mymod.OutOfStock
OutOfStock.__module__ = "mymod"


class Shop(aiozmq.rpc.AttrHandler):

    @aiozmq.rpc.method
    def add(self, a, b):
        return a + b

    @aiozmq.rpc.method
    def reserve(self, item):
        raise OutOfStock("no " + item)


async def main():
    server = await aiozmq.rpc.serve_rpc(Shop(), bind="tcp://127.0.0.1:*")
    endpoint = list(server.transport.bindings())[0]
    print("READY " + endpoint, flush=True)
    await asyncio.Event().wait()


asyncio.run(main())
