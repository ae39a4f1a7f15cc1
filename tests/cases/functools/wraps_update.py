import functools

print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)

def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return f(*args, **kwargs) * 2
    return wrapper

@deco
def double_me(x: int) -> int:
    """Return x."""
    return x
double_me.custom = 'kept'

print(double_me(21), double_me.__name__, double_me.__doc__, double_me.__qualname__)
print(double_me.__module__, double_me.__annotations__, double_me.__wrapped__(5))
print(double_me.__dict__.keys())
twice = deco(double_me)
print(twice(1), twice.custom, twice.__wrapped__ is double_me, twice.__wrapped__.__wrapped__(1))

def other():
    pass
other.__dict__['x'] = 1
def target():
    "target doc"
functools.update_wrapper(target, other, assigned=('__name__',), updated=())
print(target.__name__, target.__doc__, hasattr(target, 'x'), target.__wrapped__ is other)
class Obj:
    pass
o = Obj()
r = functools.update_wrapper(o, double_me)
print(r is o, o.__name__, o.__doc__, o.__wrapped__ is double_me)
def nodoc():
    pass
class NoAttrs:
    __slots__ = ()
    def __call__(self):
        pass
try:
    functools.update_wrapper(nodoc, NoAttrs())
except AttributeError as e:
    print("AttributeError")
print(nodoc.__name__)
