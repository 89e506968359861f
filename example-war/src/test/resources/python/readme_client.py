import asyncio, os, aiozmq.rpc
async def main(): print(await (await aiozmq.rpc.connect_rpc(connect=os.environ.get("INVENTORY", "tcp://127.0.0.1:5555"), timeout=5)).call.reserve("apple", 1))
asyncio.run(main())
