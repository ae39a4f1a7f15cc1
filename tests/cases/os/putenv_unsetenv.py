import os
os.putenv('TAIPAN_PUT', 'yes')
print('TAIPAN_PUT' in os.environ, os.system('test "$TAIPAN_PUT" = yes'))
os.unsetenv('TAIPAN_PUT')
print(os.system('test -z "$TAIPAN_PUT"'))
for bad in ['', 'A=B']:
    for f in (os.putenv, os.unsetenv):
        try:
            f(bad, 'x') if f is os.putenv else f(bad)
        except (ValueError, OSError) as e:
            print(repr(bad), f.__name__, type(e).__name__, e)
try:
    os.putenv('A\0', 'x')
except ValueError as e:
    print(e)
