# A common syntax mistake and CPython's message for it.
print('not reached')
for 1 in x: pass
