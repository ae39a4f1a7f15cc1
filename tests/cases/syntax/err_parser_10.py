# A common syntax mistake and CPython's message for it.
print('not reached')
f(a=1, 2)
