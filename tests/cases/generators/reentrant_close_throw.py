# A generator closed or thrown into while it is running (directly or through the
# delegate of its `yield from`) raises "generator already executing".
def inner():
    yield 1
    outer_it.close()
    yield 2

def outer():
    yield from inner()

outer_it = outer()
print(next(outer_it))
try:
    print(next(outer_it))
except ValueError as e:
    print("ValueError:", e)

class Throws:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def throw(self, *a):
        return gen.throw(*a)

def delegating():
    yield from Throws()

gen = delegating()
next(gen)
try:
    gen.throw(KeyError)
except ValueError as e:
    print("ValueError:", e)

class Closes:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def close(self):
        gen2.close()

def delegating2():
    yield from Closes()

gen2 = delegating2()
next(gen2)
try:
    gen2.close()
except ValueError as e:
    print("ValueError:", e)

def self_closing():
    me.close()
    yield 1

me = self_closing()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print("done")
