# A code object with free variables needs a closure.
def make():
    v = 1
    def inner():
        return v
    return inner
exec(make().__code__)
