# exec(code, closure=cells) runs a code object that has free variables.
def make():
    secret = 42
    def inner():
        print("secret is", secret)
    return inner
f = make()
exec(f.__code__, {}, closure=f.__closure__)
for bad in [None, (), (1,), f.__closure__ * 2]:
    try:
        exec(f.__code__, closure=bad)
    except TypeError as e:
        print(e)
try:
    exec("pass", closure=f.__closure__)
except TypeError as e:
    print(e)
try:
    exec(compile("pass", "s", "exec"), closure=f.__closure__)
except TypeError as e:
    print(e)
