# Classes made by exec'd code get the __class__ cell, so super() works in their methods.
ns = {}
exec("""
class Base:
    def hello(self):
        return "base"
class Child(Base):
    def hello(self):
        return "child+" + super().hello()
result = Child().hello()
""", ns)
print(ns["result"], ns["Child"].__mro__[1].__name__)
