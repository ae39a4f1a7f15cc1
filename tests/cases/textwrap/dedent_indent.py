import textwrap

cases = [
    "    hello\n    world\n",
    "    hello\n      world\n    !",
    "  a\n\tb\n",
    "\ta\n\tb\n",
    "\t  a\n\t b\n",
    "    a\n   \n    b\n",
    "    a\n\n    b",
    "no indent\n    here",
    "   \n   \n",
    "",
    "  x\r\n  y\r\n",
    "  one\n    two\n  \t\n   three\n",
    "\n\n  lonely\n",
    " \t a\n \t b\n",
]
for c in cases:
    print(repr(textwrap.dedent(c)))
print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")))
print(repr(textwrap.indent("a\r\nb\rc\n", "+")))
print(repr(textwrap.indent("a\n\nb\n", "# ", lambda line: True)))
print(repr(textwrap.indent("keep\nskip\nkeep", "* ", lambda line: line.startswith("k"))))
print(repr(textwrap.indent("", "x")))
print(textwrap.__all__)
