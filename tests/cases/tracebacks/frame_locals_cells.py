# Cell and free variables appear in f_locals with their current values.
import sys

def outer(p):
    q = 10
    def inner():
        r = p + q
        return sys._getframe().f_locals
    q = 20
    mine = sys._getframe().f_locals
    return mine, inner()

mine, theirs = outer(1)
print(sorted(mine))
print(mine["p"], mine["q"])
print(sorted(theirs.items()))

def unbound():
    f = sys._getframe()
    print(sorted(f.f_locals))
    late = 1
    cell_late = 2
    def use():
        return cell_late
    print(sorted(f.f_locals))

unbound()
