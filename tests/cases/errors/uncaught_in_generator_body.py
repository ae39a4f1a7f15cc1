# an exception raised inside a generator body propagates out of the consumer
def parse_all(items):
    for item in items:
        print("parsing", repr(item))
        yield int(item)

def total(items):
    s = 0
    for n in parse_all(items):
        s += n
    return s

print(total(["1", "2", "3"]))
try:
    print(total(["4", "x"]))
except ValueError as e:
    print("caught:", e)
gen = parse_all(["10", "oops", "20"])
print(next(gen))
print(list(gen))
print("not reached")
