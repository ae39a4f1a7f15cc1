# loop else clauses combined with try/except, return from loops and generators
def search(items, target):
    for i, x in enumerate(items):
        try:
            if 10 // x == target:
                return i
        except ZeroDivisionError:
            print("skip zero at", i)
            continue
    else:
        return -1
print(search([5, 0, 2, 1], 5), search([0, 0], 1), search([], 1))
def gen():
    for i in range(5):
        try:
            if i == 3:
                break
            yield i
        finally:
            print("gen finally", i)
    else:
        yield "else"
    yield "end"
print(list(gen()))
total = 0
for i in range(5):
    try:
        if i == 2:
            raise ValueError
        total += i
    except ValueError:
        total += 100
        continue
    else:
        total += 10
    finally:
        total += 1000
print(total)
i = 0
while True:
    i += 1
    try:
        if i > 3:
            break
    finally:
        print("tick", i)
print("i =", i)
