# An uncaught error in exec'd code ends the program with its traceback.
ns = {}
exec("def boom():\n    raise ValueError('from exec')", ns)
print("defined")
ns["boom"]()
