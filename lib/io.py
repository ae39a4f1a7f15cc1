"""The io module: Python's stream classes, from the native _io module.

IOBase, RawIOBase, BufferedIOBase and TextIOBase are the abstract bases a program
derives its own streams from; the native classes count as their subclasses (CPython
registers them with its ABCs; here a small metaclass does the same job, as the abc
module may not be there).
"""

import _io
from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation,
                 open, open_code, FileIO, BytesIO, StringIO, BufferedReader,
                 BufferedWriter, BufferedRandom, TextIOWrapper, text_encoding,
                 BufferedRWPair, IncrementalNewlineDecoder)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase",
           "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding",
           "IncrementalNewlineDecoder"]

BlockingIOError = BlockingIOError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class _IOMeta(type):
    """isinstance/issubclass also accept the classes registered with register()."""

    def register(cls, subclass):
        if "_registry" not in cls.__dict__:
            cls._registry = []
        cls._registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, "__mro__", ()):
            return True
        for registered in cls.__dict__.get("_registry", ()):
            if issubclass(subclass, registered):
                return True
        for sub in cls.__subclasses__():
            if sub is not subclass and issubclass(subclass, sub):
                return True
        return False


class IOBase(_io._IOBase, metaclass=_IOMeta):
    _registry = [_io._IOBase]


class RawIOBase(_io._RawIOBase, IOBase):
    _registry = [_io._RawIOBase]


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    _registry = [_io._BufferedIOBase]


class TextIOBase(_io._TextIOBase, IOBase):
    _registry = [_io._TextIOBase]
