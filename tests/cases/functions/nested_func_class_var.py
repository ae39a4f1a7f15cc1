# class-body names are not in scope for methods or nested functions; use the class name
class Config:
    scale = 3
    names = ["a", "b"]

    def scaled(self, x):
        def helper(v):
            return v * Config.scale
        return helper(x)

    def bad(self):
        return scale

    @classmethod
    def via_cls(cls, x):
        inner = lambda v: v * cls.scale
        return inner(x)

    @staticmethod
    def listing():
        return [n.upper() for n in Config.names]

c = Config()
print(c.scaled(2), Config.via_cls(5), Config.listing())
try:
    c.bad()
except NameError as e:
    print("NameError:", e)
Config.scale = 10
print(c.scaled(2), Config.via_cls(5))

class Sub(Config):
    scale = 100

print(Sub().scaled(1), Sub.via_cls(1))
scale = "global scale"
print(c.bad())

def outer():
    class Local:
        factor = 7
        def get(self):
            return Local.factor * 2
    return Local

L = outer()
print(L().get(), L.__qualname__)
