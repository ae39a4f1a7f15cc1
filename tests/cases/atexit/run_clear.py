import atexit
atexit.register(print, "a")
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(print, "b")
atexit._clear()
print(atexit._ncallbacks())
