# A capture binds the subject; `_` matches without binding
def first(v):
    match v:
        case 0:
            return "zero"
        case other:
            return f"captured {other!r}"


print(first(0), first(5), first("s"))

match 42:
    case _:
        print("wildcard")
try:
    _
except NameError as e:
    print("NameError:", e)

match [1, 2]:
    case [_, _]:
        print("two wildcards in a sequence")

match "subject":
    case x:
        print("x is", x)
print("still bound after the match:", x)
