# decorator factories with arguments; wrappers copy __name__/__doc__/__wrapped__ by hand
def copy_meta(wrapper, wrapped):
    wrapper.__name__ = wrapped.__name__
    wrapper.__qualname__ = wrapped.__qualname__
    wrapper.__doc__ = wrapped.__doc__
    wrapper.__wrapped__ = wrapped
    return wrapper

def repeat(times, sep=" "):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return sep.join(str(func(*args, **kwargs)) for _ in range(times))
        return copy_meta(wrapper, func)
    return decorator

def tag(name):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return "<" + name + ">" + str(func(*args, **kwargs)) + "</" + name + ">"
        return copy_meta(wrapper, func)
    return decorator

@tag("b")
@repeat(3, sep="-")
def shout(word):
    """Return the word in upper case."""
    return word.upper()

print(shout("hi"))
print(shout.__name__, shout.__qualname__, shout.__doc__)
print(shout.__wrapped__.__name__, shout.__wrapped__("x"))
print(shout.__wrapped__.__wrapped__("y"))

def plain(func):
    def wrapper():
        return func()
    return wrapper

@plain
def original():
    "doc"
    return 1

print(original.__name__, original.__doc__, original())
class Greeter:
    @repeat(2)
    def hello(self, who):
        return "hello " + who
print(Greeter().hello("bo"), Greeter.hello.__qualname__)
twice = repeat(2, ",")
print(twice(len)("abc"), twice(len).__name__)
