import types, sys
class M(types.ModuleType):
    def hello(self):
        return 'hello from ' + self.__name__
    def __getattr__(self, name):
        return 'lazy ' + name
m = M('mymod', 'docs')
m.x = 5
print(m.hello(), m.x, m.__name__, m.__doc__, m.missing, isinstance(m, types.ModuleType), type(m).__name__)
sys.modules['mymod'] = m
import mymod
print(mymod is m, mymod.x, sorted(k for k in vars(m) if not k.startswith('__')))
class N(types.ModuleType):
    def __init__(self, name):
        super().__init__(name)
        self.extra = 1
n = N('nmod'); print(n.extra, n.__name__, repr(n)[:15])
