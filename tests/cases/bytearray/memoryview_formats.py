# memoryview item formats ('e' half floats rounding, 'P', '@' prefixes), packing errors, cast shape validation.
m = memoryview(bytearray(2)).cast('e')
for v in [1.5, 65504.0, 65519.0, 65520.0, 1e300, float('inf'), float('-inf'), float('nan'), -0.0, 1e-8, 3e-8, 2.9802322387695312e-08, 6e-8, 0.1, 'x', 3, 1/3, 2**-14, 2**-14 - 2**-25, 2**-15 * 1.5, 1000.5, 2049.0, 2051.0, -65504.0]:
    try: m[0] = v; print(v, bytes(m), m[0])
    except Exception as e: print(v, type(e).__name__, e)
m = memoryview(bytearray(8)).cast('P')
m[0] = 5; print(m.tolist())
m[0] = -1; print(m.tolist())
try: m[0] = 2**64
except Exception as e: print(type(e).__name__, e)
m = memoryview(bytearray(b'ab')).cast('@c'); print(m.format, m.tolist())
print(memoryview(b'ab').cast('@B') == memoryview(b'ab'), memoryview(b'ab').cast('@B').format)
m = memoryview(bytearray(4)).cast('?')
for v in [2, [], 'x']:
    m[0] = v; print(m[0])
m = memoryview(bytearray(8)).cast('q')
class I:
  def __index__(self): return 7
m[0] = I(); print(m[0])
for args in [('B', [0]),]:
    try: memoryview(b'').cast(*args)
    except Exception as e: print(type(e).__name__, e)
for shape in [[-2], ['x'], 5, (3,), [2], (2,), [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]]:
    try: print(memoryview(b'ab').cast('B', shape).shape)
    except Exception as e: print(type(e).__name__, e)
try: memoryview(b'ab')[::2].cast('B', [1])
except Exception as e: print(type(e).__name__, e)
