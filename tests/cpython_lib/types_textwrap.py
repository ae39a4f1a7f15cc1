import types, textwrap, sys
print(types.__file__.endswith('python3.12/types.py'), textwrap.__file__.endswith('python3.12/textwrap.py'))
def f(a, b=2): return a + b
print(types.FunctionType is type(f), types.GetSetDescriptorType.__name__, types.MemberDescriptorType.__name__)
print(repr(types.FunctionType.__code__), repr(types.FunctionType.__globals__))
print(types.FunctionType.__code__.__get__(f).co_name, isinstance(int.real, types.GetSetDescriptorType))
ns = types.new_class('N', (object,), {}, lambda d: d.update(x=1))
print(ns.__name__, ns.x, types.resolve_bases((int,)), types.prepare_class('P')[0])
text = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40, initial_indent='> ', subsequent_indent='  '))
print(textwrap.shorten("Hello  world, this is a long line", width=20))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.indent("x\ny\n", '+ ')))
w = textwrap.TextWrapper(width=12, break_long_words=True, max_lines=3, placeholder=' ...')
print(w.wrap("supercalifragilisticexpialidocious is a long word indeed"))
