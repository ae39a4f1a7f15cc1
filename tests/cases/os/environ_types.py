import os
print(repr(os.environ).startswith('environ({'), type(os.environ).__name__)
for k, v in [(1, 'x'), ('X', 2), ('X', None)]:
    try:
        os.environ[k] = v
    except TypeError as e:
        print(e)
try:
    os.environ[1]
except TypeError as e:
    print(e)
os.environ['TAIPAN_E'] = 'e'
print(os.environb[b'TAIPAN_E'], os.getenvb(b'TAIPAN_E'))
os.environb[b'TAIPAN_F'] = b'f'
print(os.environ['TAIPAN_F'])
try:
    os.environb['str']
except TypeError as e:
    print(e)
print(os.supports_bytes_environ)
m = os.environ | {'TAIPAN_G': 'g'}
print(type(m).__name__, m['TAIPAN_G'], 'TAIPAN_G' in os.environ)
