# iterating tuples, nested tuples and tuple-based records
points = ((0, 0), (3, 4), (-1, 2), (6, 8))
for x, y in points:
    print(x, y, (x * x + y * y) ** 0.5)
print(sorted(points, key=lambda p: p[0] * p[0] + p[1] * p[1]))
print(tuple(x for x, _ in points))
print(sum(y for _, y in points))
records = (("widget", 3, 2.5), ("gadget", 1, 10.0), ("doohickey", 12, 0.75))
total = 0
for name, qty, price in records:
    line = qty * price
    total += line
    print(f"{name:<10}{qty:>3} x {price:5.2f} = {line:6.2f}")
print(f"total {total:.2f}")
print(list(reversed(points)))
print(points.index((3, 4)), (3, 4) in points, (4, 3) in points)
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))))
