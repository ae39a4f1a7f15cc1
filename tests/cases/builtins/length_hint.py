# list(), tuple() and sorted() ask __len__ for a length hint first; its TypeError is ignored.
class It:
    def __iter__(self): return iter([1, 2])
    def __len__(self):
        print("len"); return 2
print(list(It()), tuple(It()), sorted(It()))
class Bad:
    def __iter__(self): return iter([3])
    def __len__(self): raise TypeError("no len")
print(list(Bad()))
class Worse:
    def __iter__(self): return iter([3])
    def __len__(self): raise ValueError("boom")
try: list(Worse())
except ValueError as e: print("ValueError", e)
