# SyntaxErrors for global/nonlocal misuse, caught by importing broken helper modules (message only)
import sys
for name in ["_broken_global_prior", "_broken_nonlocal_nobinding", "_broken_nonlocal_module",
             "_broken_global_param", "_broken_global_used_prior",
             "_broken_nonlocal_param"]:
    try:
        __import__(name)
    except SyntaxError as e:
        print(name, "|", type(e).__name__, "|", e.args[0])
    else:
        print(name, "imported?!")
print(sorted(n for n in sys.modules if n.startswith("_broken")))
