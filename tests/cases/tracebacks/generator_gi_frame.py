# gi_frame follows a generator through its life and is None once it finishes.
def gen(a):
    b = a * 2
    yield b
    c = b + 1
    yield c

g = gen(5)
fr = g.gi_frame
print(fr.f_lineno, fr.f_code.co_name, sorted(fr.f_locals.items()))
print(g.gi_running, g.gi_suspended, g.gi_code.co_name)
print(next(g))
print(g.gi_frame is fr, fr.f_lineno, sorted(fr.f_locals.items()), fr.f_back)
print(g.gi_suspended)
print(next(g))
print(fr.f_lineno, sorted(fr.f_locals.items()))
print(list(g))
print(g.gi_frame, g.gi_running, g.gi_suspended, g.gi_code.co_name)
