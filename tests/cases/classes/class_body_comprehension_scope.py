# class-body names are not visible inside comprehensions (except the first iterable)
class Table:
    size = 3
    rows = [r for r in range(size)]
    try:
        cells = [size * r for r in range(2)]
    except NameError as e:
        error = str(e)
    squares = {n: n * n for n in rows}
    try:
        gen_total = sum(size for _ in rows)
    except NameError as e:
        gen_error = str(e)
    doubled = list(map(lambda r: r * 2, rows))
    labels = [str(x) + "!" for x in [size, size + 1]]

print(Table.rows, Table.squares, Table.doubled, Table.labels)
print(Table.error)
print(Table.gen_error)
print(hasattr(Table, "cells"), hasattr(Table, "r"), hasattr(Table, "e"))

size = "module size"
class Other:
    size = 5
    seen = [size for _ in range(2)]
    outer = [n for n in range(size)]

print(Other.seen, Other.outer)

def make():
    width = 4
    class Inner:
        width = 9
        vals = [width for _ in range(2)]
    return Inner.vals, Inner.width

print(make())
