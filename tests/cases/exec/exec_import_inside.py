# import statements in exec'd code bind in its locals.
ns = {}
exec("import sys\nfrom sys import maxsize as m\nok = sys.maxsize == m", ns)
print(ns["ok"], "sys" in ns)
