# A comprehension in a guard keeps its own variable even when it raises mid-match
def f(v):
    item = "outer"
    try:
        match v:
            case [x] if [item for item in (1, 0) if 1 / item]:
                return "yes"
            case [x, y]:
                return "two"
            case _:
                return "other"
    except ZeroDivisionError:
        return f"ZeroDivisionError, item is still {item!r}"


print(f([1]))
print(f([1, 2]))
print([g for g in (1, 2) if g], "after")
