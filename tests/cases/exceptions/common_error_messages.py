# messages of the most common built-in errors
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 5 % 0)
show(lambda: [1, 2][5])
show(lambda: (1,)[3])
show(lambda: {"a": 1}["b"])
show(lambda: {1: 1}[2])
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1] + "a")
show(lambda: None + 1)
show(lambda: 2.5 * "x")
show(lambda: -"x")
show(lambda: undefined_variable)
show(lambda: int("abc"))
show(lambda: float("x1"))
show(lambda: len(5))
nothing = None
five = 5
show(lambda: nothing())
show(lambda: five())
show(lambda: [].missing)
show(lambda: iter(5))
show(lambda: next(iter([])))
show(lambda: [1, 2] < [1, "x"])
show(lambda: {}.pop("k"))
show(lambda: [1, 2, 3].index(9))
show(lambda: 3 < "3")
show(lambda: [] > None)
