# builtin classes' methods taken from the class: slot wrappers and method descriptors

print(object.__lt__, object.__eq__, object.__reduce_ex__, object.__format__)
print(int.__add__, int.__index__, int.__round__, int.__format__, float.__trunc__)
print(list.append, list.__getitem__, list.__len__, list.__iter__, list.__contains__)
print(dict.__getitem__, dict.__contains__, dict.get, dict.__setitem__, dict.__len__)
print(set.__contains__, frozenset.__contains__, set.add, set.__or__)
print(str.join, str.__mod__, str.__getnewargs__, bytes.__getnewargs__, tuple.count)
print(type(object.__lt__).__name__ in ('wrapper_descriptor', 'builtin_function_or_method'))
print(callable(list.append), list.append([], 1))
