# del in exec'd code deletes from its locals; deleting a missing name is a NameError.
l = {"a": 1, "b": 2}
exec("del a", {}, l)
print(l)
try:
    exec("del zz", {}, l)
except NameError as e:
    print(e)
g = {"q": 1}
exec("del q", g)
print("q" in g)
