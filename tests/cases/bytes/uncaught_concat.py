# An uncaught TypeError from bytes + str.
data = b'header:'
print(data.decode())
print(data + 'value')
