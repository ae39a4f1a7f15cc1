class Later:
    def __await__(self):
        yield
async def inner():
    await Later()
    raise LookupError("deep")
async def outer():
    await inner()
c = outer()
c.send(None)
c.send(None)
