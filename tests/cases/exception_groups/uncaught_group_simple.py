# The plain layout of an uncaught group.
print("before")
raise ExceptionGroup("eg", [ValueError(1), TypeError("two")])
