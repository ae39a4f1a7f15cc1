import os
os.environ['TAIPAN_TEST_A'] = 'alpha'
print(os.environ['TAIPAN_TEST_A'], 'TAIPAN_TEST_A' in os.environ, os.environ.get('TAIPAN_TEST_A'))
print(os.getenv('TAIPAN_TEST_A'), os.getenv('TAIPAN_NOPE'), os.getenv('TAIPAN_NOPE', 'dflt'))
try:
    os.environ['TAIPAN_NOPE']
except KeyError as e:
    print('KeyError', e)
print(os.system('test "$TAIPAN_TEST_A" = alpha'))
del os.environ['TAIPAN_TEST_A']
print('TAIPAN_TEST_A' in os.environ, os.system('test -z "$TAIPAN_TEST_A"'))
try:
    del os.environ['TAIPAN_TEST_A']
except KeyError as e:
    print('KeyError', e)
print(os.environ.setdefault('TAIPAN_TEST_B', 'b1'), os.environ.setdefault('TAIPAN_TEST_B', 'b2'))
print(os.environ.pop('TAIPAN_TEST_B'), os.environ.pop('TAIPAN_TEST_B', 'gone'))
os.environ.update({'TAIPAN_TEST_C': 'c'}, TAIPAN_TEST_D='d')
print(os.environ['TAIPAN_TEST_C'], os.environ['TAIPAN_TEST_D'])
c = os.environ.copy()
print(type(c).__name__, c['TAIPAN_TEST_C'], len(c) == len(os.environ))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print('TAIPAN_TEST_D' in list(os.environ), 'TAIPAN_TEST_D' in os.environ.keys())
print(os.environ == dict(os.environ.items()))
