# Deeply nested containers: repr and == stop at the recursion limit with CPython's
# messages, and freeing them does not recurse per level (Taipan's "trashcan").
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("repr:", e)
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("eq:", e)
d = {}
for i in range(100000):
    d = {"k": d}
del d
deep = []
for i in range(500000):
    deep = [deep]
deep = None
class Node:
    pass
head = None
for i in range(300000):
    n = Node()
    n.next = head
    head = n
head = None
print("all freed")
