# class bodies are not enclosing scopes for methods; class variables need self/cls; nested function scopes
x = "global"
class C:
    x = "class"
    def method(self):
        return x
    def method2(self):
        return self.x
    y = x + "!"
    lam = lambda self: x
print(C().method(), C().method2(), C.y, C().lam())
def outer():
    x = "enclosing"
    class D:
        x = "class D"
        def m(self):
            return x
        z = x
    return D().m(), D.z
print(outer())
def outer2():
    y = "free"
    class E:
        print("class body sees", y)
        y = "shadowed"
        w = y
    return E.w, y
print(outer2())
def counter_class():
    count = 0
    class Inc:
        def bump(self):
            nonlocal count
            count += 1
            return count
    return Inc()
i = counter_class()
print(i.bump(), i.bump())
class Outer:
    class Inner:
        pass
    def make(self):
        return Outer.Inner
print(Outer().make().__qualname__)
