from contextlib import suppress

with suppress(KeyError):
    {}['missing']
print("suppressed")
with suppress(KeyError, IndexError):
    int('not a number')
