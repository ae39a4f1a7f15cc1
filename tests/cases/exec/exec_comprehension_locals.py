# 3.12 inlines comprehensions: at exec's top level they see exec's locals; a generator
# expression is still its own function and only sees globals.
print(eval("[y * x for x in range(3)]", {}, {"y": 2}))
print(eval("{x: y for x in 'ab'}", {}, {"y": 0}))
try:
    eval("list(y for x in range(3))", {}, {"y": 1})
except NameError as e:
    print(e)
print(eval("list(y for x in range(2))", {"y": 7}, {}))
