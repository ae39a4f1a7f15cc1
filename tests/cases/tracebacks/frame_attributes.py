# Frame objects: f_code, f_lineno, f_lasti, f_globals, f_builtins, f_locals.
import sys

def show(a, b=2):
    c = a + b
    f = sys._getframe()
    print(type(f).__name__)
    print(f.f_code.co_name, f.f_code.co_filename == __file__)
    print(f.f_lineno)
    print(type(f.f_lasti).__name__, f.f_lasti >= 0)
    print(f.f_globals is globals())
    print("len" in f.f_builtins, f.f_builtins["len"] is len)
    print(sorted(f.f_locals.items(), key=lambda kv: kv[0])[:3])

show(1)
m = sys._getframe()
print(m.f_code.co_name, m.f_back)
print(m.f_locals is globals())
print(repr(m).startswith("<frame at 0x"), repr(m).endswith(", code <module>>"))
