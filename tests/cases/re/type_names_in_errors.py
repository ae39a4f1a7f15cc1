# Errors name the C-level types as CPython does: re.Pattern, re.Match, array.array.
import re, array
p = re.compile('a')
for f in [lambda: p < p, lambda: array.array('b') < 1, lambda: p + 1, lambda: re.match('a','a') + 1, lambda: array.array('b') @ 1, lambda: len(p)]:
    try: f()
    except TypeError as e: print(e)
print(type(p), type(array.array('b')), type(p).__name__, array.array.__name__, array.array.__module__)
