import collections.abc as cabc
names = ['Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Container',
         'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
         'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence',
         'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
         'AsyncGenerator', 'Buffer']
def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
c = coro()
objs = [1, 1.5, 'abc', b'x', [], (), {}, set(), frozenset(), range(3),
        {}.keys(), {}.values(), {}.items(), iter([]), iter(()), iter(''), iter({}), gen(), c,
        agen(), len, lambda: 0, None, reversed([]), zip(), map(len, []),
        enumerate([]), type]
for name in names:
    abc_cls = getattr(cabc, name)
    print(name.ljust(16), ''.join('1' if isinstance(o, abc_cls) else '.' for o in objs))
c.close()
print(issubclass(list, cabc.Sequence), issubclass(str, cabc.MutableSequence), issubclass(dict, cabc.Mapping))
print(cabc.Iterable.__module__, repr(cabc.Sequence), cabc.Set.__name__)
print(sorted(cabc.Sequence.__abstractmethods__), sorted(cabc.MutableMapping.__abstractmethods__))
print(sorted(cabc.Generator.__abstractmethods__), sorted(cabc.Callable.__abstractmethods__))
