import atexit
atexit.register(lambda: print("second"))
atexit.register(lambda: 1 / 0)
atexit.register(lambda: print("first"))
try:
    atexit.register(5)
except TypeError as e:
    print(e)
print("end")
