"""io.TextIOWrapper over a buffer that is not one of Taipan's own files (a BytesIO, a
program's BufferedIOBase subclass): text is decoded from the buffer's read() and
encoded into its write(). The native TextIOWrapper hands such buffers here.

Reading takes the rest of the buffer at the first read, so tell() works only while
no decoded text is waiting.
"""

import _io


def _unsupported(msg):
    import io
    return io.UnsupportedOperation(msg)


class TextIOWrapper(_io._TextIOBase):
    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        _io._encode("", encoding, "strict")
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, "
                            "not " + type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: " + newline)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = "strict" if errors is None else errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._pending = ""

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)
    closed = property(lambda self: self._buffer.closed)
    name = property(lambda self: self._buffer.name)

    def __repr__(self):
        try:
            name = self._buffer.name
        except AttributeError:
            return "<_io.TextIOWrapper encoding=%r>" % self._encoding
        return "<_io.TextIOWrapper name=%r encoding=%r>" % (name, self._encoding)

    def _check(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check()
        return self._buffer.readable()

    def writable(self):
        self._check()
        return self._buffer.writable()

    def seekable(self):
        self._check()
        return self._buffer.seekable()

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def _fill(self):
        self._check()
        if not self._buffer.readable():
            raise _unsupported("not readable")
        data = self._buffer.read()
        if data:
            text = _io._decode(data, self._encoding, self._errors)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._pending += text

    def read(self, size=-1):
        self._fill()
        if size is None or size < 0:
            size = len(self._pending)
        out, self._pending = self._pending[:size], self._pending[size:]
        return out

    def _line_end(self, text):
        if self._newline is None or self._newline == "\n":
            i = text.find("\n")
            return -1 if i < 0 else i + 1
        if self._newline == "":
            for i, c in enumerate(text):
                if c == "\n":
                    return i + 1
                if c == "\r":
                    return i + 2 if text[i + 1:i + 2] == "\n" else i + 1
            return -1
        i = text.find(self._newline)
        return -1 if i < 0 else i + len(self._newline)

    def readline(self, size=-1):
        self._fill()
        end = self._line_end(self._pending)
        if end < 0:
            end = len(self._pending)
        if size is not None and 0 <= size < end:
            end = size
        out, self._pending = self._pending[:end], self._pending[end:]
        return out

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        n = len(s)
        if self._newline in ("\r", "\r\n"):
            s = s.replace("\n", self._newline)
        self._buffer.write(_io._encode(s, self._encoding, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return n

    def flush(self):
        self._check()
        self._buffer.flush()

    def close(self):
        if self._buffer is not None and not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def tell(self):
        self._check()
        if self._pending:
            raise _unsupported("tell() after reading is not supported for this buffer")
        return self._buffer.tell()

    def seek(self, cookie, whence=0):
        self._check()
        self._pending = ""
        return self._buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        return self._buffer.truncate(pos)

    def detach(self):
        self.flush()
        buffer, self._buffer = self._buffer, None
        return buffer
