async def main():
    async for x in [1, 2]:
        pass
main().send(None)
