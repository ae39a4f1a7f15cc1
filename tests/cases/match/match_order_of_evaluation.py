# Class and value expressions are evaluated only when their pattern is tried
class Namespace:
    def __getattr__(self, name):
        print("  lookup", name)
        return {"Point": Point, "ZERO": 0, "ONE": 1}[name]


class Point:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


ns = Namespace()
for v in [0, Point(1), 2]:
    match v:
        case ns.ZERO:
            print(v, "zero")
        case ns.Point(ns.ONE):
            print("point one")
        case _:
            print(v, "other")
