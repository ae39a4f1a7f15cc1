# evaluation order of function, positional, starred and keyword arguments at a call site
log = []
def t(name, val=None):
    log.append(name)
    return val if val is not None else name

def target(*a, **k):
    return a, k

def get_f():
    log.append("func")
    return target

res = get_f()(t("p1"), *t("star", [1, 2]), t("p2"), k1=t("k1"), **t("dstar", {"d": 1}), k2=t("k2"))
print(log)
print(res)

log.clear()
d = {}
d[t("key")] = t("value")
print(log)
log.clear()
x = t("a", 1) + t("b", 2) * t("c", 3)
print(x, log)
log.clear()
print(t("L", 1) if t("cond", True) else t("R", 2), log)
log.clear()
{t("k1"): t("v1"), t("k2"): t("v2")}
print(log)
