# memoryview indexed with tuples: one index works on a 1-D view; other tuples raise CPython's errors.
m = memoryview(bytearray(b'abc'))
for k in [(1, 2), (1,), (), (slice(1),), (slice(1), 2), 'a', 1.5, None, (1, 'a'), ..., (-1,)]:
    try:
        print(m[k])
    except Exception as e:
        print(type(e).__name__, e)
    try:
        m[k] = 65
        print('ok', m.tobytes())
    except Exception as e:
        print(type(e).__name__, e)
