# singly linked list with dunder methods, reversal and merge of sorted lists
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.length = 0
        for item in reversed(list(items)):
            self.push_front(item)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.length += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.length += 1

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.length

    def __getitem__(self, i):
        if i < 0:
            i += self.length
        if not 0 <= i < self.length:
            raise IndexError("linked list index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v

    def __repr__(self):
        return " -> ".join(repr(v) for v in self) or "(empty)"

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

def merge(a, b):
    out = LinkedList()
    ia, ib = iter(a), iter(b)
    x, y = next(ia, None), next(ib, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            out.append(x); x = next(ia, None)
        else:
            out.append(y); y = next(ib, None)
    return out

ll = LinkedList([3, 1, 4])
ll.append(1); ll.push_front(9)
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 7 in ll)
ll.reverse()
print(ll, list(ll), sum(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList(), len(LinkedList()))
print(merge(LinkedList([1, 4, 9]), LinkedList([2, 3, 10, 11])))
