# Exceptions raised by exec'd code propagate with their type and message.
try:
    exec("def g():\n    return 1 / 0\ng()")
except ZeroDivisionError as e:
    print("caught", e)
try:
    eval("undefined_name + 1")
except NameError as e:
    print("caught", e)
try:
    exec("raise KeyError('k')", {})
except KeyError as e:
    print("caught", repr(e))
