# Nested groups are split leaf by leaf; the structure is kept.
try:
    raise ExceptionGroup("top", [ValueError("a"), ExceptionGroup("mid", [TypeError("b"), ValueError("c")])])
except* ValueError as e:
    print(repr(e))
except* TypeError as e:
    print(repr(e))
eg = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("mid", [TypeError("b"), ValueError("c")])])
m, r = eg.split(lambda x: isinstance(x, ValueError) and str(x) == "c")
print(repr(m), repr(r))
print(eg.subgroup(lambda x: False))
eg.add_note("a note")
m, r = eg.split(TypeError)
print(m.__notes__, r.__notes__)
