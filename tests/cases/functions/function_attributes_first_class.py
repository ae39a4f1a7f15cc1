# functions as first-class values: stored, passed, returned, __name__
def shout(s):
    return s.upper() + "!"

def whisper(s):
    return s.lower() + "..."

def apply_all(funcs, value):
    return [f(value) for f in funcs]

print(apply_all([shout, whisper, len], "Hello"))
table = {f.__name__: f for f in (shout, whisper)}
print(sorted(table), table["shout"]("hey"))
alias = shout
print(alias.__name__, alias is shout, alias("x"))
def pick(flag):
    def yes():
        return "yes"
    def no():
        return "no"
    return yes if flag else no
print(pick(True)(), pick(False)(), pick(True).__name__)
print(callable(shout), callable("shout"), callable(len), callable(lambda: 0))
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls)
