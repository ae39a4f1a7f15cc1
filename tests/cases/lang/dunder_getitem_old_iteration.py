# legacy sequence iteration via __getitem__ until IndexError; 'in' and unpacking use it too
class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()))
print(20 in Seq())
x, y, z = Seq()
print(x, y, z)
it = iter(Seq())
print(type(it).__name__, next(it))
class StopsWithStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStop()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print("KeyError:", e)
