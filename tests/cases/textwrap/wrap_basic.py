import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs. How vexingly quick daft zebras jump!")
for width in (10, 20, 33, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 25))
print(textwrap.wrap(""))
print(textwrap.wrap("   "))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.wrap("a\tb\tc", 6))
print(textwrap.wrap("one\ntwo\r\nthree\x0bfour\x0cfive", 9))
print(textwrap.fill("word " * 12, width=14))
for bad in (0, -3):
    try:
        textwrap.wrap("x", bad)
    except ValueError as e:
        print(e)
print(textwrap.wrap("x", 0.5) if False else textwrap.wrap("abc def", 3.5))
