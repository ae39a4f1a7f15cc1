async def main():
    await 42
c = main()
c.send(None)
