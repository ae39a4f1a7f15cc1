# uncaught NameError for a misspelt builtin shows CPython's "Did you mean" suggestion on the last line
values = [3, 1, 2]
print(sorted(values))
print(lenght(values))
