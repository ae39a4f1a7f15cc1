from enum import StrEnum, Enum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = 'Custom-Value'


print(Method.GET, repr(Method.GET), Method.CUSTOM, repr(Method.CUSTOM))
print(f"{Method.POST}", f"[{Method.POST:>6}]", "%s" % Method.GET)
print(Method.GET == 'get', Method('post'), Method.GET.upper(), Method.CUSTOM.lower())
print('get' in Method, isinstance(Method.GET, str), len(Method.CUSTOM))
print(", ".join(Method), sorted(Method))
print(Method.GET.value, type(Method.GET.value).__name__)


class Old(str, Enum):
    A = 'a'
    B = 'b'


print(Old.A, repr(Old.A), f"{Old.A}", Old.A == 'a', Old('b'))


def bad():
    class Bad(StrEnum):
        X = 1


try:
    bad()
except TypeError as e:
    print("TypeError:", e)
