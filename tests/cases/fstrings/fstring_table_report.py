# building an aligned text table with f-strings
rows = [
    ("Widget", 4, 3.5),
    ("Gizmo", 12, 0.75),
    ("Thingamajig", 1, 129.99),
    ("Doohickey", 250, 0.05),
]
header = f"{'Name':<12}{'Qty':>5}{'Price':>10}{'Total':>11}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5}{price:>10.2f}{total:>11,.2f}")
print("-" * len(header))
print(f"{'Grand total':<27}{grand:>11,.2f}")
print(f"{'Average price':<27}{sum(r[2] for r in rows) / len(rows):>11.3f}")
print(f"{'Items':<27}{sum(r[1] for r in rows):>11,}")
