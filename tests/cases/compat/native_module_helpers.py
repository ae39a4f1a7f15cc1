# Names CPython's own modules import from the C modules: _collections.deque,
# _struct.Struct, _codecs.utf_8_decode, _io.IncrementalNewlineDecoder...
import _codecs
import _collections
import _io
import _struct

print(_collections.deque([1, 2]), _collections.defaultdict(int)['k'])
print(type(_collections.deque()).__module__, _collections.deque.__name__)
print(_struct.Struct('>h').pack(5), _struct.iter_unpack('<B', b'\x01\x02').__next__())
print(issubclass(_struct.error, Exception))
print(_codecs.utf_8_decode(b'ab\xc3', 'strict', False), _codecs.utf_8_encode('\xe9'))
print(_codecs.lookup('latin-1').name, _codecs.lookup_error('strict').__name__)


class Dec:
    # CPython's encodings modules keep the codec functions as class attributes.
    decode = _codecs.utf_8_decode


print(Dec().decode(b'xy'))
print(_io.IncrementalNewlineDecoder.__name__, _io.BlockingIOError is BlockingIOError)
try:
    _collections.nothing
except AttributeError as e:
    print('AttributeError', e)
