# A SyntaxError in exec'd source propagates to the caller.
print("start")
exec("x = = 1")
