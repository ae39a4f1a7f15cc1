import io
import _io

print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.open is open, _io.open is open, io.BlockingIOError is BlockingIOError)
print(io.UnsupportedOperation.__mro__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
for name in ["StringIO", "BytesIO", "FileIO", "BufferedReader", "BufferedWriter",
             "BufferedRandom", "TextIOWrapper"]:
    cls = getattr(io, name)
    print(name, cls, cls is getattr(_io, name), cls.__mro__)
for name in ["IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"]:
    print(name, getattr(io, name))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.FileIO, io.IOBase))
print(issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.TextIOWrapper, io.TextIOBase))
print(issubclass(io.StringIO, io.RawIOBase), issubclass(io.BytesIO, io.TextIOBase))
print(io.text_encoding(None), io.text_encoding("latin-1"))
try:
    raise io.UnsupportedOperation("nope")
except OSError as e:
    print(type(e).__name__, e)
