# if / elif / else chains and truthiness of conditions
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"

for s in [95, 90, 89.9, 72, 60, 59, -5]:
    print(s, grade(s))

def describe(x):
    if not x:
        kind = "falsy"
    elif isinstance(x, str):
        kind = "string"
    elif isinstance(x, (list, tuple)):
        kind = "sequence of " + str(len(x))
    else:
        kind = "other"
    return kind

for v in [0, "", "hi", [1, 2], (3,), 4.5, None]:
    print(repr(v), describe(v))
x = 5
if x > 3:
    if x > 4:
        print("x > 4")
    else:
        print("3 < x <= 4")
if x: print("inline if")
