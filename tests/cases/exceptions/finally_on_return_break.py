# finally runs on return, break and continue; return in finally overrides
def f():
    try:
        return "from try"
    finally:
        print("finally in f")

print(f())

def g():
    try:
        return 1
    finally:
        return 2

print(g())

def h():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

print(h())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)

def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("cleanup", n)

print(count())
def value_captured():
    x = "before"
    try:
        return x
    finally:
        x = "after"
print(value_captured())
