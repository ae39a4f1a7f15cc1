import pprint

lst = [1, 2]
lst.append(lst)
d = {"a": 1}
d["me"] = d
t = (lst,)


def hide(s):
    # Object ids differ between runs: blank them out.
    out = []
    for part in s.split("id="):
        if out:
            digits = len(part) - len(part.lstrip("0123456789"))
            part = "ID" + part[digits:]
        out.append(part)
    return "id=".join(out)


for o in (lst, d, t):
    print(hide(pprint.pformat(o)))
    print(hide(pprint.saferepr(o)))
    print(pprint.isrecursive(o), pprint.isreadable(o))
print(hide(pprint.pformat([lst, lst], width=30)))
print(hide(pprint.pformat({"x": [d] * 2}, width=20)))
shared = [1, 2]
print(pprint.pformat([shared, shared]), pprint.isrecursive([shared, shared]))
p = pprint.PrettyPrinter()
print(p.isrecursive(lst), p.isreadable(lst), p.isreadable([1, "a"]), p.isreadable([object]))
print(pprint.isreadable(object()), pprint.isreadable(1.5), pprint.isreadable({1: (2, [3])}))
print(pprint.isreadable([1, object()]))
