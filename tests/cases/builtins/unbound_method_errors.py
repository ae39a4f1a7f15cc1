print(str.upper("a"))
try:
    str.upper()
except TypeError as e: print(e)
try:
    str.upper(1)
except TypeError as e: print(e)
try:
    object.__eq__(1)
except TypeError as e: print(e)
s={1}
print(s.union({2}), frozenset({3}).union({1}))
