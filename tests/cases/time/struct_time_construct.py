import time
st = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(st, st.tm_zone, st.tm_gmtoff)
print(st == (2024, 1, 2, 3, 4, 5, 1, 2, 0), hash(st) == hash(tuple(st)), isinstance(st, tuple))
st2 = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, 'XYZ', 3600))
print(st2.tm_zone, st2.tm_gmtoff, len(st2))
for bad in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__)
y, m, *rest = st
print(y, m, rest)
print(type(st).__module__, type(st).__name__)
