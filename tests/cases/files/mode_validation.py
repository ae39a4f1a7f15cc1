name = '_tmp_mode_validation.txt'
open(name, 'w').close()
for mode in ['rw', 'rr', '', 'U', 'rU', 'bt', 'wx', 'b', 't', '+', 'r+w', 'z']:
    try:
        open(name, mode)
    except ValueError as e:
        print(repr(mode), e)
for kw in [dict(encoding='utf-8'), dict(errors='strict'), dict(newline='')]:
    try:
        open(name, 'rb', **kw)
    except ValueError as e:
        print(e)
try:
    open(name, buffering=0)
except ValueError as e:
    print(e)
for kw in [dict(mode=1), dict(encoding=1), dict(errors=1), dict(newline=1)]:
    try:
        open(name, **kw)
    except TypeError as e:
        print(e)
try:
    open(name, newline='x')
except ValueError as e:
    print(e)
try:
    open(1.5)
except TypeError as e:
    print(e)
