from array import array
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

t(array, 'z')
t(array, 'bb')
t(array, 5)
t(array, 'u', 'abc')
t(array, 'b', 'abc')
t(array, 'b', b'\x01\x02')
t(array, 'h', b'\x01\x02\x03')
t(array, 'h', b'\x01\x02\x03\x04')
t(array, 'i', range(3))
t(array, 'i', (x for x in [1, 2]))
t(array, 'd', [1, 2.5])
t(array, 'f', [0.1, 1e40])
t(array, 'u')
t(array, 'i', array('i', [1, 2]))
t(array, 'i', array('d', [1, 2]))
t(array, 'd', array('i', [1, 2]))
t(array, 'u', array('u', 'ab'))
t(array, 'i', array('u', 'ab'))
t(array, 'b', 5)
t(array, 'Q', [2**64 - 1])
t(array, 'd', [float('inf'), -0.0, float('nan')])
import array as mod
print(mod.typecodes, mod.ArrayType is array)
for code in mod.typecodes:
    a = array(code)
    print(code, a.typecode, a.itemsize, repr(a), len(a))
