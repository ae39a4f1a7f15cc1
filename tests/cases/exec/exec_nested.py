# exec inside exec: the inner call defaults to the outer code's namespaces.
g = {}
l = {}
exec("a = 1\nexec('b = a + 1')\nc = eval('a + b')", g, l)
print(sorted(l.items()), sorted(k for k in g if k != "__builtins__"))
