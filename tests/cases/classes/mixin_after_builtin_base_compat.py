# A mixin after a builtin base in the MRO: its special methods count where the
# builtin base does not define them (CPython looks the whole MRO up).
class Contains:
    def __contains__(self, item):
        return item == 'magic'

    def __len__(self):
        return 42

    def __add__(self, other):
        return 'mixin add'

    def __init__(self, *args):
        self.inited = args


class I(int, Contains):
    pass


i = I(5)
print('magic' in i, 'other' in i, len(i))
# int defines __add__: the builtin wins over the later mixin.
print(i + 1)
print(i.inited)


class L(list, Contains):
    pass


lst = L([1, 2])
# list defines __contains__, __len__ and __init__ itself.
print('magic' in lst, 1 in lst, len(lst), lst, hasattr(lst, 'inited'))


class Iter:
    def __iter__(self):
        return iter('xyz')


class F(float, Iter):
    pass


print(list(F(1.5)), F(1.5) * 2)
