# uncaught TypeError from adding incompatible operands
def total(values):
    result = 0
    for v in values:
        result = result + v
        print("running total", result)
    return result

print(total([1, 2, 3]))
try:
    total([None])
except TypeError as e:
    print("caught:", e)
print(total([1, "2", 3]))
print("never printed")
