print("start")
await x
