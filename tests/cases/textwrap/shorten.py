import textwrap

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(textwrap.shorten("  The   quick\tbrown\nfox  ", 30))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25, placeholder=" (more)"))
print(repr(textwrap.shorten("", 10)))
print(repr(textwrap.shorten("Supercalifragilistic", 10)))
try:
    textwrap.shorten("Hello world", 4)
except ValueError as e:
    print(e)
try:
    textwrap.shorten("Hello world", 10, max_lines=2)
except TypeError as e:
    print(e)
