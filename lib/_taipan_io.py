"""IncrementalNewlineDecoder and BufferedRWPair for Taipan.

CPython's _io module has these in C; CPython's io.py imports them from _io.
Taipan writes them in Python here, and its native _io module hands them out
(through the module's __getattr__).
"""

import _io

_SEEN_LF = 1
_SEEN_CR = 2
_SEEN_CRLF = 4
_NEWLINES = {
    0: None,
    _SEEN_LF: "\n",
    _SEEN_CR: "\r",
    _SEEN_CRLF: "\r\n",
    _SEEN_CR | _SEEN_LF: ("\r", "\n"),
    _SEEN_CR | _SEEN_CRLF: ("\r", "\r\n"),
    _SEEN_LF | _SEEN_CRLF: ("\n", "\r\n"),
    _SEEN_CR | _SEEN_LF | _SEEN_CRLF: ("\r", "\n", "\r\n"),
}


class IncrementalNewlineDecoder:
    """Decodes with an optional wrapped decoder, then notes (and with
    translate=True turns into '\\n') the line endings '\\r' and '\\r\\n',
    holding back a final '\\r' until it knows whether '\\n' follows."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seennl = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if not isinstance(output, str):
            raise TypeError(
                f"decoder should return a string result, not "
                f"'{type(output).__name__}'")
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self._seennl |= ((lf and _SEEN_LF) | (cr and _SEEN_CR)
                         | (crlf and _SEEN_CRLF))
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self._pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seennl = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _NEWLINES[self._seennl]


class BufferedRWPair(_io._BufferedIOBase):
    """A reader and a writer (two raw streams) used as one buffered stream."""

    def __init__(self, reader, writer, buffer_size=_io.DEFAULT_BUFFER_SIZE, /):
        if not reader.readable():
            raise _io.UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise _io.UnsupportedOperation('"writer" argument must be writable.')
        self.reader = _io.BufferedReader(reader, buffer_size)
        self.writer = _io.BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        if size is None:
            size = -1
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto1(self, b):
        return self.reader.readinto1(b)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


IncrementalNewlineDecoder.__module__ = '_io'
BufferedRWPair.__module__ = '_io'
