import pprint
import sys


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


out = Out()
p = pprint.PrettyPrinter(indent=2, width=20, stream=out)
p.pprint({"alpha": [1, 2, 3, 4, 5, 6, 7], "beta": "b"})
print(out.parts[-1] == "\n", "".join(out.parts), end="")
print(p.pformat(["x" * 10] * 3))
for kw in ({"indent": -1}, {"depth": 0}, {"width": 0}, {"depth": -2}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print(e)
print(pprint.PrettyPrinter(indent="3", width=12.9).pformat([1, 2, 3, 4]))
pprint.pprint([1, 2], stream=out)
print(out.parts[-2:])
p2 = pprint.PrettyPrinter(width=10)
print(p2.format([1, 2], {}, 0, 0))
print(p2.format({"a": [1]}, {}, 1, 0))
print(p2.format({"a": [1]}, {}, 2, 1))
print(pprint.pformat([[[[1]]]], depth=2), pprint.pformat(((((1,),),),), depth=3))
print(pprint.pformat({"a": {"b": {"c": {}}}}, depth=2), pprint.pformat([[]], depth=1))


class Sub(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return super().format(object, context, maxlevels, level)


print(Sub(width=10).pformat(["abc", "def", {"k": "v"}]))
