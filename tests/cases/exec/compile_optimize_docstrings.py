# optimize=2 drops docstrings (module, class, function, method, async function); a
# string that is not the first statement was never a docstring; f-strings never are.
SRC = '''
"""module doc"""
x = 1
class A:
    """class doc"""
    def m(self):
        """method doc"""
    async def am(self):
        """async doc"""
    @property
    def p(self):
        """property doc"""
        return 1
def f():
    x = 1
    """not a doc"""
def g():
    f"""fstring {x}"""
lam = lambda: None
'''

for opt in (0, 1, 2):
    g = {}
    exec(compile(SRC, "<docs>", "exec", optimize=opt), g)
    A = g["A"]
    print(opt, g.get("__doc__"), A.__doc__, A.m.__doc__, A.am.__doc__, A.p.__doc__)
    print(opt, g["f"].__doc__, g["g"].__doc__, g["lam"].__doc__)
    print(opt, "__doc__" in A.__dict__, A.__dict__.get("__doc__"))

# eval and single modes have no docstrings at any level.
print(eval(compile("'text'", "<e>", "eval", optimize=2)))
