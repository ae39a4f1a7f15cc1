# 'and'/'or' return operands (not bools), call __bool__ once per operand, short-circuit side effects
class T:
    def __init__(self, name, truth): self.name, self.truth = name, truth
    def __bool__(self):
        print("bool", self.name)
        return self.truth
    def __repr__(self): return self.name
a, b = T("a", True), T("b", False)
print(a and b)
print(b and a)
print(a or b)
print(b or a)
print(not a)
r = a and b or "fallback"
print(r)
print([] or {} or 0 or "last", 1 and 2 and 3, 0 and undefined_name_never_evaluated)
if a and not b:
    print("condition true")
x = b if a else a
print(x)
while b:
    pass
print(all([a, a]), any([b, b]))
