# eval() takes an expression, not a statement.
try:
    eval("x = 1")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
eval("import os")
