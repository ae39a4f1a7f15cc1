# raise ... from ..., __cause__ and bare re-raise
class ConfigError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError("bad value " + repr(s)) from e

try:
    parse("abc")
except ConfigError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e))

try:
    try:
        raise ValueError("x")
    except ValueError:
        raise RuntimeError("suppressed context") from None
except RuntimeError as e:
    print(e, e.__cause__)

def reraise():
    try:
        raise IndexError("original")
    except IndexError:
        print("logging then re-raising")
        raise

try:
    reraise()
except IndexError as e:
    print("caught again:", e)
