# eval() runs any code object: an 'eval' code returns its value, an 'exec' one None.
print(eval(compile("6 * 7", "<e>", "eval")))
print(eval(compile("v = 1", "<x>", "exec")))
def outer():
    n = 1
    def inner():
        return n
    return inner
try:
    eval(outer().__code__)
except TypeError as e:
    print(e)
