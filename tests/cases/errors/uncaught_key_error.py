# uncaught KeyError shows the repr of the key
inventory = {"apples": 3, "pears": 0}
for item in ["apples", "pears"]:
    print(item, inventory[item])
print(inventory.get("bananas", "no bananas (via get)"))
try:
    inventory["plums"]
except KeyError as e:
    print("caught KeyError", e)

def restock(name, n):
    inventory[name] += n
    return inventory[name]

print(restock("pears", 4))
print("restocking bananas")
print(restock("bananas", 2))
