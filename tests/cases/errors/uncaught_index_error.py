# uncaught IndexError from a list lookup inside a loop
items = [10, 20, 30]
print(items[-1], items[-3])
print(items[1:10], items[5:])
try:
    items[3]
except IndexError as e:
    print("caught:", e)
total = 0
i = 0
while True:
    total += items[i]
    print("item", items[i], "total", total)
    i += 1
print("never printed")
