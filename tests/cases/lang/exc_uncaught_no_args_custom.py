# uncaught custom exception without args prints only the class name (module-qualified for non-builtins)
class Boom(Exception):
    pass
def go():
    raise Boom
print("start")
go()
