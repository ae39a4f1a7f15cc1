# exceptions propagate up through several frames and unwind finally blocks
trace = []

def level3(x):
    trace.append("enter3")
    if x < 0:
        raise ValueError("negative at level3: " + str(x))
    return x * 2

def level2(x):
    trace.append("enter2")
    try:
        return level3(x) + 1
    finally:
        trace.append("exit2")

def level1(x):
    trace.append("enter1")
    return level2(x) * 10

print(level1(5), trace)
trace.clear()
try:
    level1(-1)
except ValueError as e:
    print("caught at top:", e)
print(trace)

def guarded(x):
    try:
        return level1(x)
    except ValueError:
        return "guarded fallback"
trace.clear()
print(guarded(-5), guarded(1))
