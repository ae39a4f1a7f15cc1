# f-strings invoking __str__, __repr__ and str.format-compatible specs on user objects
class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
    def __str__(self):
        return self.name
    def __repr__(self):
        return f"Item({self.name!r}, {self.price})"

items = [Item("pen", 1.5), Item("notebook", 12.25), Item("bag", 40)]
for it in items:
    print(f"{it.name:<10}{it.price:>8.2f}")
print(f"{items[0]} | {items[0]!r} | {items}")
total = sum(i.price for i in items)
print(f"{'TOTAL':<10}{total:>8.2f}")
print(f"{len(items)} items, cheapest {min(items, key=lambda i: i.price)}")
print(f"{items[1].name.upper()[:4]}")
print(f"{str(items[2]):>6}|")
