# OSError(errno, strerror[, filename]) picks the errno subclass; errno/strerror/filename attributes and str
e = OSError(2, "No such file")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError(13, "denied")
print(type(e).__name__, str(e))
print(type(OSError(17, "exists")).__name__, type(OSError(21, "isdir")).__name__)
for errno in [1, 2, 13, 17, 20, 21, 99999]:
    print(errno, type(OSError(errno, "msg")).__name__)
print(type(OSError(2)).__name__, type(OSError(2, "x", "f", 5, "g")).__name__)
try:
    open_result = FileNotFoundError(2, "gone", "x.txt")
    raise open_result
except OSError as err:
    print(type(err).__name__, err.errno, err.filename, err)
print(isinstance(OSError(2, "x"), FileNotFoundError), FileNotFoundError(2, "x").errno)
