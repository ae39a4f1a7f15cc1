import os
t = os.terminal_size((80, 24))
print(t, t.columns, t.lines, t[0], tuple(t))
try:
    os.terminal_size((1,))
except TypeError as e:
    print(e)
