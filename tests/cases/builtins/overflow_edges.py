# Huge or out-of-range integer arguments must raise CPython's exceptions, never crash.
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r)[:70])

big = 10**30
check("center huge", lambda: "abc".center(2**62))
check("ljust huge", lambda: "abc".ljust(2**62))
check("rjust huge fill", lambda: "abc".rjust(2**61, "\u20ac"))
check("zfill huge", lambda: "abc".zfill(2**62))
check("center big", lambda: "abc".center(big))
check("zfill negbig", lambda: "abc".zfill(-big))
check("rjust neg", lambda: "abc".rjust(-5))
check("split big", lambda: "a b".split(None, big))
check("split sep big", lambda: "a,b".split(",", -big))
check("replace big", lambda: "abc".replace("b", "c", big))
check("find big start", lambda: "abc".find("b", big))
check("find negbig start", lambda: "abc".find("b", -big))
check("count big", lambda: "abc".count("", big))
check("count both", lambda: "abc".count("a", 2**63, -(2**63)))
check("startswith big", lambda: "a".startswith("a", big))
check("endswith wide", lambda: "a".endswith("a", -big, big))
check("rfind big", lambda: "abc".rfind("", big))
check("rindex big", lambda: "abc".rindex("c", 2**63))
check("list.index big", lambda: [1, 2, 3].index(2, big))
check("list.index negbig", lambda: [1, 2, 3].index(2, -big))
check("list.insert big", lambda: [1, 2, 3].insert(big, 5))
check("list.pop big", lambda: [1, 2, 3].pop(2**63))


def setitem():
    x = [1, 2, 3]
    x[big] = 1


def delitem():
    x = [1, 2, 3]
    del x[-big]


check("list setitem big", setitem)
check("list delitem big", delitem)
check("chr 2**63", lambda: chr(2**63))
check("chr 2**40", lambda: chr(2**40))
check("chr -2**40", lambda: chr(-(2**40)))
check("chr -1", lambda: chr(-1))
check("int base big", lambda: int("10", 2**63))
check("int base negbig", lambda: int("10", -big))
check("round int +big", lambda: round(15, big))
check("round int -40", lambda: round(-(10**39) * 6, -40))
check("round float big", lambda: round(1.5, big))
check("round float -big", lambda: round(1.5, -big))
check("round float overflow", lambda: round(1.7e308, -308))
check("%*d big", lambda: "%*d" % (big, 1))
check("%*d min", lambda: "%*d" % (-(2**63), 1))
check("%*d -big", lambda: "%*d" % (-(2**70), 1))
check("%.*f big", lambda: "%.*f" % (big, 1.0))
check("%.*f 2**40", lambda: "%.*f" % (2**40, 1.0))
check("%.*f -2**40", lambda: "%.*f" % (-(2**40), 1.0))
check("%.*f neg", lambda: "%.*f" % (-3, 1.25))
check("width digits", lambda: "%99999999999999999999d" % 1)
check("prec digits", lambda: "%.99999999999d" % 1)
check("prec 2**31", lambda: "%.2147483648f" % 1.0)
check("%d inf", lambda: "%d" % float("inf"))
check("%d nan", lambda: "%d" % float("nan"))
check("%d float", lambda: "%d" % -2.75)
check("%e bigint", lambda: "%e" % 10**400)
check("%f bigint", lambda: "%.1f" % 10**20)
check("%c 2**63", lambda: "%c" % 2**63)
check("hex spec", lambda: format(255, "#010x"))
check("range item big", lambda: range(10)[big])
check("range item negbig", lambda: range(10)[-big])
check("len range wide", lambda: len(range(-(2**63), 2**63 - 1)))
check("range last wide", lambda: range(-(2**63), 2**63 - 1)[-1])
check("range slice 4:", lambda: range(-(2**63), 2**63 - 1, 2**62)[4:])
check("range slice rev", lambda: range(-(2**63), 2**63 - 1, 2**62)[::-1])
check("range slice ::2", lambda: range(2**63 - 1)[::2])
check("range slice rev0", lambda: range(-(2**63), 0)[::-1])
check("range slice 5:3", lambda: range(-(2**63), 2**63 - 1)[5:3])
check("range slice big", lambda: range(0, 2**63 - 1, 3)[2**62:])
check("range slice -2**62", lambda: range(-5, 2**63 - 1)[-(2**62):])
check("range slice step", lambda: range(0, 10, 2)[:: -(2**63)])
check("range slice step+", lambda: range(0, 10, 2)[:: 2**63])
check("range slice bigrange", lambda: range(0, 2**64, 3)[::-1])
check("range slice bigrange2", lambda: range(-(2**63), 2**63)[:: 2**62])
check("range slice bigrange3", lambda: range(2**64)[2**63 : -1 : 2**61])
check("range slice zero", lambda: range(2**64)[::0])
check("range slice bad", lambda: range(5)["a":])
check("range item bad", lambda: range(5)["a"])
check("range small slice", lambda: range(1, 20, 3)[-2:1:-2])
check("range small item", lambda: range(1, 20, 3)[-1])
check("seq slice", lambda: ([1, 2, 3][:: -(2**63)], "abc"[2**63 - 1 : -(2**63) : -1]))
