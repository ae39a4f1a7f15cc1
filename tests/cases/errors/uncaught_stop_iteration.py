# calling next() on an exhausted iterator at top level raises StopIteration
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it))
