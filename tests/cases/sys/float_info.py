import sys
fi = sys.float_info
print(fi)
print(len(fi), fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp)
print(fi[0] == fi.max, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff', sys.api_version)
print(sys.thread_info.name, len(sys.thread_info))
print(sys.float_repr_style, sys.platlibdir)
print(sys.copyright.splitlines()[0])
print(type(sys.prefix).__name__, sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix)
