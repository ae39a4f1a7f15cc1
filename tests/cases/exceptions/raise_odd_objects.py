# raise / raise from / except with objects that are not exceptions.
class NotAnException(Exception):
    def __new__(cls):
        return 5

try:
    raise NotAnException
except TypeError as e:
    print("TypeError:", e)

class BadInit(Exception):
    def __init__(self):
        raise KeyError("from __init__")

try:
    raise ValueError from BadInit
except KeyError as e:
    print("KeyError:", e)

for x in [5, "s", None, int, object()]:
    try:
        raise x
    except TypeError as e:
        print("TypeError:", e)

try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)

# Nested tuples in except are not searched: each item must be a class.
nested = (KeyError,)
for i in range(100000):
    nested = (nested,)
for spec in [(ValueError, (KeyError,)), nested, 5, (ValueError, 5), (5, ValueError)]:
    try:
        try:
            raise ValueError("v")
        except spec:
            print("caught")
    except TypeError as e:
        print("TypeError:", e)

try:
    try:
        raise KeyError("k")
    except (ValueError, KeyError) as e:
        print("caught", repr(e))
except TypeError as e:
    print("TypeError:", e)
