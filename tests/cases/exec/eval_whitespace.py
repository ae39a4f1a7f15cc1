# eval() strips leading spaces and tabs; compile(..., 'eval') does not.
print(eval("   1 + 2"), eval("\t\t3"), eval(" \t 4\n"), eval("5 # comment"), eval("\n6"))
print(eval("(1,\n 2)"))
try:
    compile("  7", "<c>", "eval")
except IndentationError as e:
    print(type(e).__name__, e.msg)
