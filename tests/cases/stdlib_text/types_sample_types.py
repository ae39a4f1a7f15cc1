import types
import sys
names = ['FunctionType', 'LambdaType', 'CodeType', 'CellType', 'GeneratorType', 'CoroutineType',
    'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType', 'ModuleType',
    'TracebackType', 'FrameType', 'MemberDescriptorType', 'GenericAlias', 'UnionType', 'EllipsisType',
    'NoneType', 'NotImplementedType']
for n in names:
    t = getattr(types, n)
    print(n, t.__name__, t)
def f(): pass
def g(): yield
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(f.__code__, types.CodeType), isinstance(sys, types.ModuleType))
class A:
    def meth(self): return 'meth', self.__class__.__name__
print(types.GenericAlias(list, int) == list[int], types.GenericAlias(dict, (str, int)))
print(isinstance(int | None, types.UnionType), (int | None).__args__)
def mk():
    v = 1
    def inner(): return v
    return inner
print(isinstance(mk().__closure__[0], types.CellType), mk().__closure__[0].cell_contents)
try:
    1/0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))
print(isinstance(sys._getframe(), types.FrameType))
class S:
    __slots__ = ('x', 'y')
print(isinstance(S.x, types.MemberDescriptorType), type(S.y).__name__)
print(sorted(n for n in types.__all__ if n in names))
