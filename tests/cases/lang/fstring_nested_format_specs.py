# f-string nested replacement fields inside format specs: width, precision, fill, alignment, type
value = 3.14159265
for width in (6, 10):
    for prec in (1, 3):
        print(f"[{value:{width}.{prec}f}]")
fill, align = "*", "^"
print(f"[{'mid':{fill}{align}{11}}]")
print(f"[{42:{'0'}{'>'}{8}}]")
fmt = ".2e"
print(f"{12345.678:{fmt}}")
spec = {"w": 7, "t": "x"}
print(f"{255:>{spec['w']}{spec['t']}}")
print(f"{'%'}{3:{'+' if True else '-'}}")
items = [("apple", 1.5), ("kiwi", 12.25)]
w = max(len(n) for n, _ in items)
for name, price in items:
    print(f"{name:<{w}} | {price:>{w}.2f}")
print(f"{f'{value:.2f}':>10}")
print(f"{1234567:_}", f"{1234567:_x}", f"{0.5:.0%}", f"{-1:=+5}")
