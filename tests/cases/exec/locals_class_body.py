# In a class body locals() and vars() are the namespace being built; writing it defines
# class attributes.
class C:
    x = 1
    ns = locals()
    ns["injected"] = "yes"
    same = vars() is locals()
    print(sorted(locals()))
print(C.injected, C.same)
print(locals() is globals(), vars() is globals())
