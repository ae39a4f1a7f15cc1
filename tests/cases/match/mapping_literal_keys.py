# Literal keys of every kind; 1, 1.0 and True find the same dict entry
def look(m):
    match m:
        case {1: one, "s": s}:
            return f"one={one} s={s}"
        case {None: n}:
            return f"none={n}"
        case {b"b": b}:
            return f"bytes={b}"
        case {-5: neg}:
            return f"neg={neg}"
        case {2.5: f}:
            return f"float={f}"
        case _:
            return "no match"


for m in [{1: "a", "s": 2}, {1.0: "float key", "s": 0}, {True: "bool key", "s": 0},
          {None: 0}, {b"b": 1}, {-5: "minus"}, {2.5: "x"}, {"1": 1}]:
    print(look(m))
