# pickle.dumps bytes of the builtin types and simple classes at protocols 0-5, and loads round trips
import pickle, copyreg, collections
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o): return type(o) is Point and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f'Point({self.x!r}, {self.y!r})'
class Slots:
    __slots__ = ('a', 'b')
class Outer:
    class Inner:
        pass
class MyList(list): pass
class MyInt(int): pass
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31-1, 2**31, -2**31, -2**31-1, 2**63, -2**100, 10**40,
          0.0, 1.5, -2.25, float('inf'), 1e300, 'a', '', 'h\u00e9llo', 'x\n\\y\0', '\U0001f600', 'a' * 300,
          b'', b'ab', b'\x00\xff', b'z' * 300, bytearray(b'xy'), bytearray(),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, 3], {}, {1: 2}, {'a': 1, 'b': [2]},
          set(), {3}, frozenset(), frozenset({4}), int, str, len, ValueError, type(None), type(...),
          Point(1, 'y'), MyList([1, 2]), MyInt(7), ValueError('bad', 2), Outer.Inner, collections.OrderedDict(a=1),
          range(2, 10, 3), slice(1, 5), 3j, NotImplemented, ..., [list(range(1200))]]
for proto in range(6):
    for v in values:
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, repr(v)[:40], 'dumps!!', type(e).__name__, e)
            continue
        try:
            back = pickle.loads(data)
            ok = back == v or (type(v) is type and back is v) or repr(back) == repr(v)
        except Exception as e:
            back, ok = None, f'loads!! {type(e).__name__} {e}'
        print(proto, repr(v)[:40], data[:150] if len(data) < 500 else (len(data), data[:40], data[-40:]), ok)
s = Slots(); s.a = 1
print(pickle.loads(pickle.dumps(s, 2)).a)
l = [1]; l.append(l)
r = pickle.loads(pickle.dumps(l, 2)); print(r[1] is r, pickle.dumps(l, 2), pickle.dumps(l, 0))
d = {}; d['self'] = d
print(pickle.dumps(d, 4))
t = ([],); t[0].append(t)
print(pickle.dumps(t, 2), pickle.dumps(t, 0), pickle.dumps(t, 4))
shared = [1]
print(pickle.dumps([shared, shared], 3))
for bad in (b'', b'\xff', b'\x80\x09.', 'str'):
    try: pickle.loads(bad)
    except Exception as e: print(type(e).__name__, e)
try: pickle.dumps(lambda: 1)
except Exception as e: print(type(e).__name__)
def f():
    class L: pass
    return L
try: pickle.dumps(f())
except Exception as e: print(type(e).__name__)
try: pickle.dumps(1, 6)
except ValueError as e: print(e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps(1, -1))
import io
buf = io.BytesIO(); pickle.dump([1, 'a'], buf, 1); buf.seek(0); print(pickle.load(buf), buf.getvalue())
print(pickle.loads(b'\x80\x02c__builtin__\nlong\nq\x00.'), pickle.loads(b'cexceptions\nValueError\n.'))
print(pickle.loads(b"S'abc'\n."), pickle.loads(b'U\x03abc.'), pickle.loads(b'U\x03abc.', encoding='bytes'))
