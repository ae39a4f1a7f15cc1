# raise with a class instantiates it; raising non-exceptions; exception with __init__ args; except ordering
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
class Custom(Exception):
    def __init__(self):
        super().__init__("built without args")
try:
    raise Custom
except Custom as e:
    print(e)
for bad in [5, "str", object, None]:
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)
class NeedsArg(Exception):
    def __init__(self, x):
        super().__init__(x)
try:
    raise NeedsArg
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise KeyError("k")
    except (IndexError, KeyError) as e:
        print("tuple caught", repr(e))
        raise
except LookupError as e:
    print("base caught", repr(e))
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    raise StopIteration("s")
except Exception as e:
    print(type(e).__name__, e)
