# exception raised while handling another; the last stderr line names the new error
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError:
        print("handling missing key", repr(key))
        raise RuntimeError("could not load " + key)

print(load("a"))
try:
    load("z")
except RuntimeError as e:
    print("caught:", e)
print(load("b"))
print("never printed")
