# uncaught IndexError from a list lookup inside a loop
items = [10, 20, 30]
i = 0
while True:
    print("item", items[i])
    i += 1
