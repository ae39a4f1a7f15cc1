import textwrap

text = "one two three four five six seven eight nine ten eleven twelve"
for n in (1, 2, 3, 10):
    print(n, textwrap.wrap(text, 15, max_lines=n))
    print(n, textwrap.wrap(text, 15, max_lines=n, placeholder="..."))
print(textwrap.wrap("abcdefghijklmnop qrs", 10, max_lines=1))
print(textwrap.wrap("abcdefghijklmnop qrs", 10, max_lines=2))
print(textwrap.wrap("hello world", 11, max_lines=1))
print(textwrap.wrap("hello world  ", 11, max_lines=1))
print(textwrap.wrap("hello world ok", 11, max_lines=1, placeholder=" !"))
print(textwrap.fill(text, 20, max_lines=2, initial_indent="> ", subsequent_indent=">> "))
for args in [(5, " [...]"), (3, "  xxxx")]:
    try:
        textwrap.wrap(text, args[0], max_lines=1, placeholder=args[1])
    except ValueError as e:
        print(e)
try:
    textwrap.wrap(text, 8, max_lines=2, subsequent_indent="     ")
except ValueError as e:
    print(e)
