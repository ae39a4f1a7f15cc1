# TypeErrors: mixing str and bytes, bad subjects and patterns
import re

def check(f, *args):
    try:
        r = f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

check(re.search, 'a', b'a')
check(re.search, b'a', 'a')
check(re.match, 'a', 1)
check(re.findall, 'a', None)
check(re.sub, 'a', 'b', b'a')
check(re.sub, b'a', 'b', b'a')
check(re.compile, 1)
check(re.compile, ['a'])
check(re.split, b'x', 'axb')
check(re.compile('a').search, 'a', 'x')
check(re.search, 'a', 'a', 'x')
check(re.sub, 'a', 'b', 'aa', 'x')
check(re.compile('a').match)
