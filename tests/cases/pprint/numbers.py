import pprint

pprint.pprint(12345678901234567890, underscore_numbers=True)
pprint.pprint([1000000, -2500000, 3.5e6, 10 ** 30], underscore_numbers=True)
pprint.pprint({"big": 10 ** 20}, underscore_numbers=True, width=10)
pprint.pprint(True, underscore_numbers=True)


class MyInt(int):
    pass


class ReprInt(int):
    def __repr__(self):
        return "ReprInt(%d)" % int(self)


pprint.pprint([MyInt(1234567), ReprInt(7654321)], underscore_numbers=True)
print(pprint.saferepr(ReprInt(3)), pprint.isreadable(ReprInt(3)))
