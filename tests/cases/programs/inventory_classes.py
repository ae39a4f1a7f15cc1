# inventory management with classes, properties, sorting and reports
class Product:
    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price}, {self.qty})"

class Inventory:
    def __init__(self):
        self.products = {}

    def add(self, product):
        if product.sku in self.products:
            raise KeyError("duplicate sku " + product.sku)
        self.products[product.sku] = product

    def restock(self, sku, n):
        self.products[sku].qty += n

    def sell(self, sku, n):
        p = self.products[sku]
        if n > p.qty:
            raise ValueError(f"only {p.qty} {p.name} left")
        p.qty -= n
        return n * p.price

    def low_stock(self, threshold=5):
        return sorted(p.name for p in self.products.values() if p.qty < threshold)

    def __len__(self):
        return len(self.products)

    def __iter__(self):
        return iter(sorted(self.products.values(), key=lambda p: -p.value))

inv = Inventory()
inv.add(Product("A1", "bolt", 0.25, 400))
inv.add(Product("B2", "hammer", 12.5, 3))
inv.add(Product("C3", "saw", 24.0, 7))
inv.add(Product("D4", "glue", 3.75))
try:
    inv.add(Product("A1", "dup", 1))
except KeyError as e:
    print("error:", e)
revenue = 0
for sku, n in [("A1", 150), ("B2", 5), ("C3", 2), ("D4", 1), ("Z9", 1)]:
    try:
        revenue += inv.sell(sku, n)
        print("sold", n, sku)
    except ValueError as e:
        print("cannot sell:", e)
    except KeyError as e:
        print("unknown sku:", e)
inv.restock("D4", 10)
print(f"revenue {revenue:.2f}, products {len(inv)}")
for p in inv:
    print(f"{p.sku} {p.name:<8} {p.qty:>4} @ {p.price:>6.2f} = {p.value:>8.2f}")
print("low stock:", inv.low_stock())
print(inv.products["B2"])
