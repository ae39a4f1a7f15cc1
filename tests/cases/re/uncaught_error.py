# an uncaught re.error ends the program with CPython's message
import re

print(re.match('a', 'a').span())
re.compile('(unclosed')
