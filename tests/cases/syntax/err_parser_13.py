# A common syntax mistake and CPython's message for it.
print('not reached')
f(x for x in y, 1)
