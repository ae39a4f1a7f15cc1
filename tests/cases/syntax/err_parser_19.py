# A common syntax mistake and CPython's message for it.
print('not reached')
if x = 1: pass
