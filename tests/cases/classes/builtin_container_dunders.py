# __iter__/__contains__ of builtin containers, via super() and called directly.
class L(list):
    def __iter__(self):
        print("iter")
        return super().__iter__()
    def __contains__(self, x):
        print("contains", x)
        return super().__contains__(x)
l = L([1, 2])
print(list(l), 2 in l, 5 in l, [x for x in l])
print(list([3, 4].__iter__()), "b" in "abc", "abc".__contains__("b"), {1: 2}.__contains__(1), set([1]).__contains__(2))
print(list(range(3).__iter__()), (1, 2).__contains__(2), list({"a": 1}.__iter__()), range(10).__contains__(3))
d = type("D", (dict,), {"__iter__": lambda self: iter(sorted(super(type(self), self).__iter__(), reverse=True))})
print(list(d(a=1, b=2)))
