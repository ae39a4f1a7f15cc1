# eval()'s checks on its namespaces, in CPython's words.
class M:
    def __getitem__(self, k):
        return 1
for args in [("1", []), ("1", M()), ("1", {}, 3), ("1", 3, 3)]:
    try:
        eval(*args)
    except TypeError as e:
        print(e)
print(eval("q", {}, M()))
eval("1", ())
