# uncaught exception without a message: last line is just the class name
class Halt(Exception):
    pass

print("before")
raise Halt
