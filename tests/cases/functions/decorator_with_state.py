# decorators keeping state: function attributes and a callable class copying __name__
def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    return wrapper

@count_calls
def add(a, b=0):
    return a + b

print(add(1, 2), add(3), add(a=4, b=5), add.calls, add.__name__)

class Memoize:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.__name__ = func.__name__
        self.__doc__ = func.__doc__

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]

@Memoize
def slow_square(n):
    """square with a print"""
    print("computing", n)
    return n * n

print(slow_square(4), slow_square(4), slow_square(5))
print(slow_square.__name__, slow_square.__doc__, sorted(slow_square.cache))
print(type(slow_square).__name__, callable(slow_square))

def limit(max_calls):
    def decorator(func):
        remaining = [max_calls]
        def wrapper(*args):
            if remaining[0] == 0:
                raise RuntimeError(func.__name__ + " called too often")
            remaining[0] -= 1
            return func(*args)
        wrapper.__name__ = "limited_" + func.__name__
        return wrapper
    return decorator

@limit(2)
def ping():
    return "pong"

print(ping(), ping(), ping.__name__)
try:
    ping()
except RuntimeError as e:
    print("RuntimeError:", e)
