# truthiness used directly in if/while, and/or short-circuit returning operands
def check(v):
    return "truthy" if v else "falsy"

for v in [0, 0.0, -0.0, "", " ", [], [[]], {}, set(), None, range(0), range(1)]:
    print(repr(v), check(v))
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
calls = []
def t(name, v):
    calls.append(name)
    return v
print(t("a", 0) and t("b", 1), calls)
calls.clear()
print(t("a", 1) and t("b", 2), calls)
calls.clear()
print(t("a", 0) or t("b", "") or t("c", "x") or t("d", 1), calls)
name = "" or "anonymous"
print(name)
print([] or {} or 0 or None)
