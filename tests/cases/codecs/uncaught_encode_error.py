# An uncaught UnicodeEncodeError.
print('naïve'.encode('ascii'))
