# __str__ and __repr__ used by print, str, repr, containers and f-strings
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).zfill(2)
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"

m = Money(1234)
print(m)
print(str(m), repr(m))
print([m, Money(5)])
print({"price": m})
print(f"{m} {m!r}")
print((m,))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

o = OnlyRepr()
print(o, str(o), [o])

class OnlyStr:
    def __str__(self):
        return "only-str"

s = OnlyStr()
print(s, str(s), "{}".format(s))
