# Without a star the length must be exact; with one it is a minimum
def shape(v):
    match v:
        case [_, _, _]:
            return "three"
        case [_, _, *_]:
            return "two or more"
        case [_]:
            return "one"
        case []:
            return "none"


for n in range(6):
    print(n, shape(list(range(n))))
print(shape(range(10)))
