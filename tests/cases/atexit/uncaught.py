import atexit
atexit.register(print, "handler ran")
def bad(): raise KeyError("bad")
atexit.register(bad)
print("raising")
raise ValueError("main failed")
