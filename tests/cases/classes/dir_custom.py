# dir() calls the object's own __dir__ (the metaclass's for a class) and sorts the result.
class Meta(type):
    def __dir__(cls):
        return ['zeta', 'alpha', 'mid']


class A(metaclass=Meta):
    x = 1


class B:
    def __dir__(self):
        return ('b', 'a', 'c')


print(dir(A), dir(B()))
print('x' in dir(B), type(dir(B())).__name__)


class Bad:
    def __dir__(self):
        return 5


try:
    dir(Bad())
except TypeError as e:
    print("TypeError:", e)
