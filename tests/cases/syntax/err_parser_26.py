# A common syntax mistake and CPython's message for it.
print('not reached')
[x for 1 in y]
