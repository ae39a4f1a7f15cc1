# list subclass: overridden methods and which builtin operations call them (most don't)
class LoggingList(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def append(self, x):
        print("append", x)
        super().append(x * 2)
    def __iter__(self):
        print("iter")
        return super().__iter__()
l = LoggingList([1, 2, 3])
l.append(4)
print(l[0], len(l))
print(list(l))
print(sorted(l))
s = 0
for x in l:
    s += x
print(s)
print(l + [9], type(l + [9]).__name__, type(l[:2]).__name__, type(l * 2).__name__)
l2 = LoggingList()
l2 += [1]
print(l2, type(l2).__name__)
l.extend([5])
print(l, isinstance(l, list), l == [1, 2, 3, 8, 5])
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    @property
    def top(self):
        return self[-1]
st = Stack().push(1).push(2)
print(st, st.top, repr(st))
st.tag = "has dict"
print(st.tag)
