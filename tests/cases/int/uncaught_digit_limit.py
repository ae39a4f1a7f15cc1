# An uncaught ValueError from str() of a huge int.
n = 7 ** 6000
print(n.bit_length())
print(str(n))
