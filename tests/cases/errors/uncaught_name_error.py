# uncaught NameError for a variable that was never defined
count = 5
print("count is", count)

def compute():
    return count * 3

print("tripled is", compute())
try:
    print(also_missing)
except NameError as e:
    print("caught:", e)
del count
print("count deleted")
print("doubled is", missing_value * 2)
