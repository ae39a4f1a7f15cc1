def describe(item):
    return f"{item['name']} costs {item['price'] * item['qty']:.2f}"

print(describe({"name": "pen", "price": 1.5, "qty": 2}))
print(describe({"name": "ink", "price": 2.0}))
