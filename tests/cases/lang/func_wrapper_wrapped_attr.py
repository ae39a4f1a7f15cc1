# hand-written functools.wraps equivalent: copying metadata and __wrapped__ chains
def wraps(orig):
    def deco(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(orig, attr))
        wrapper.__dict__.update(orig.__dict__)
        wrapper.__wrapped__ = orig
        return wrapper
    return deco
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args[-1:]}")
        return fn(*args, **kwargs)
    return wrapper
def timed(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        r = fn(*args, **kwargs)
        print("timed", fn.__name__)
        return r
    return wrapper
@timed
@logged
def area(w, h):
    "Area of rectangle."
    return w * h
area.extra = 1
print(area(2, 3))
print(area.__name__, area.__doc__, area.__qualname__)
print(area.__wrapped__.__wrapped__(4, 5))
print(area.__wrapped__.__name__, hasattr(area.__wrapped__.__wrapped__, "__wrapped__"))
class K:
    @logged
    def m(self, x):
        return x + 1
print(K().m(1), K.m.__qualname__)
