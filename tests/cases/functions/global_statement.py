# global declarations for reading and rebinding module-level names
count = 0
items = []

def increment():
    global count
    count += 1
    return count

def add_item(x):
    items.append(x)

def reset():
    global count, items
    count = 0
    items = []

increment(); increment()
add_item("a")
print(count, items)
reset()
print(count, items)

def create_new():
    global brand_new
    brand_new = "created inside function"

create_new()
print(brand_new)

def shadow():
    count = 100
    return count

print(shadow(), count)
def read_only():
    return count + 1
print(read_only())
