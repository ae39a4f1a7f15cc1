# an unparenthesised assignment expression as a statement is a plain SyntaxError
try:
    import _broken_walrus_unparen
except SyntaxError as e:
    print(type(e).__name__, e.args[0])
