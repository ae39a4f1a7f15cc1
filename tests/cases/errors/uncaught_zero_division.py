# uncaught ZeroDivisionError after some output ends the program with status 1
def ratio(a, b):
    return a / b

def safe_ratio(a, b):
    try:
        return ratio(a, b)
    except ZeroDivisionError:
        return None

print("safe:", [safe_ratio(8, b) for b in [4, 0, 2]])
print("computing ratios")
results = []
for b in [4, 2, 1, 0, 5]:
    results.append(ratio(8, b))
    print(results[-1])
print("never printed", results)
