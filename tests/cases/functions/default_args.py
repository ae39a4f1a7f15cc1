# default arguments, including the evaluated-once mutable default trap
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Dee"))

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))
counter = 10
def show(value=counter):
    return value
counter = 20
print(show(), counter)

def tally(key, store={}):
    store[key] = store.get(key, 0) + 1
    return dict(store)

print(tally("a"), tally("b"), tally("a"))
