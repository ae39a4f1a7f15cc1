import keyword, operator, numbers, abc
print(keyword.iskeyword('yield'), keyword.issoftkeyword('match'))
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3))
print(isinstance(3, numbers.Integral), issubclass(float, numbers.Real))
