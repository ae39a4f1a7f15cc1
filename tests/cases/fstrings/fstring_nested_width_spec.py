# f-string format specs built from nested replacement fields
width, prec = 10, 3
val = 3.14159265
print(f"{val:{width}}|{val:{width}.{prec}f}|{val:<{width}.{prec}}|")
for w in range(3, 8):
    print(f"{'x':>{w}}|{w:0{w}d}|{w:^{w}}|")
fill, align = "*", "^"
print(f"{'mid':{fill}{align}{width}}", f"{42:{fill}>{width // 2}}")
spec = ".2%"
print(f"{0.4567:{spec}}", f"{0.4567:{'.1' + 'f'}}", f"{1234567:{','}}")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
colw = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print(f"{name:<{colw}} | {price:>{prec + 4}.{prec}f} | {qty:>{len(str(max(r[2] for r in rows)))}d}")
print(f"{val:{width}.{prec}e}", f"{val:+{width}.{prec}g}", f"{-val:={width}.2f}")
sign = "+"
print(f"{5:{sign}}", f"{5:{sign}05}", f"{255:#{'x'}}", f"{255:{'#'}0{8}{'b'}}")
for p in range(0, 5):
    print(f"{2 / 3:.{p}f}", f"{123456.789:.{p}e}", f"{'truncate':.{p}}")
try:
    print(f"{val:{'zz'}}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{'s':{width}d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{42:{'.2s'}}")
except ValueError as e:
    print("ValueError:", e)
