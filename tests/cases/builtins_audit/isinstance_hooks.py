class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, inst)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int

class Answer(metaclass=Meta):
    pass

print(isinstance(42, Answer), isinstance(1, Answer), isinstance(42, (str, Answer)))
print(issubclass(int, Answer), issubclass(str, Answer), issubclass(int, (str, Answer)))
print(isinstance(Answer(), Answer))
print(isinstance(1, (str, (list, int))), issubclass(bool, (str, (list, int))), isinstance(True, int))
for bad in [lambda: isinstance(1, (int, 2)), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, [int])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
class Proxy:
    @property
    def __class__(self):
        return int
print(isinstance(Proxy(), int), isinstance(Proxy(), Proxy), type(Proxy()).__name__)
