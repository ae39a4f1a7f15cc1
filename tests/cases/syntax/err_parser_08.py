# A common syntax mistake and CPython's message for it.
print('not reached')
with a as 1: pass
