# simple function decorators, stacking and decorators with arguments
def loud(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        result = func(*args, **kwargs)
        print("result", result)
        return result
    return wrapper

@loud
def add(a, b):
    return a + b

add(2, 3)
print(add.__name__)

def twice(func):
    def wrapper(x):
        return func(func(x))
    return wrapper

def plus_one(func):
    def wrapper(x):
        return func(x) + 1
    return wrapper

@twice
@plus_one
def double(x):
    return x * 2

print(double(3))

def repeat(n):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bo"))

registry = []
def register(func):
    registry.append(func.__name__)
    return func

@register
def alpha(): pass
@register
def beta(): pass
print(registry, alpha())
