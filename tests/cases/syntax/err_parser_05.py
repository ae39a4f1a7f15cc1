# A common syntax mistake and CPython's message for it.
print('not reached')
a, b += 1
