import io, struct, typing, locale, codecs, shlex
print(io.__file__.endswith('python3.12/io.py'), struct.__file__.endswith('python3.12/struct.py'))
s = io.StringIO('line1\nline2\n'); print(s.readline(), s.read(), isinstance(s, io.TextIOBase))
b = io.BytesIO(b'abc'); print(b.read(2), isinstance(b, io.BufferedIOBase), io.SEEK_END)
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\rc')), d.newlines, repr(d.decode('', final=True)))
try:
    io.BytesIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', io.UnsupportedOperation.__module__)
print(struct.pack('>IH', 1, 2), struct.unpack('<hh', b'\x01\x00\xff\xff'), struct.calcsize('@i'))
st = struct.Struct('!2sI'); print(st.size, st.pack(b'ab', 7), list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
try:
    struct.pack('B', 300)
except struct.error as e:
    print('struct.error', e)
T = typing.TypeVar('T')
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], typing.get_origin(list[int]), typing.get_args(dict[str, int]), T | None)
print(typing.Optional[int], typing.Union[int, str], typing.List[int], typing.Callable[[int], str])
class P(typing.NamedTuple):
    x: int
    y: int = 0
print(P(1), P._fields, typing.get_type_hints(P))
class TD(typing.TypedDict):
    a: int
print(TD(a=1), typing.Literal['x', 'y'], typing.cast(int, 'v'), typing.Any)
class Closer(typing.Protocol):
    def close(self): ...
print(Closer.__protocol_attrs__ if hasattr(Closer, '__protocol_attrs__') else '', typing.is_typeddict(TD))
print(codecs.lookup('utf-8').name, codecs.encode('abc', 'rot13'), codecs.decode(b'\xc3\xa9', 'utf-8'))
print(codecs.getincrementaldecoder('utf-8')().decode(b'\xe2\x82'), codecs.utf_8_decode(b'ab\xc3', 'strict', False))
print(locale.normalize('en_US'), shlex.split('a "b c"'))
