# 'single' code shows each expression statement's value with sys.displayhook: its repr,
# except None, and keeps the value in builtins._.
import builtins
exec(compile("1 + 1", "<s>", "single"))
print(builtins._)
exec(compile("None", "<s>", "single"))
print(builtins._)
exec(compile("'text'", "<s>", "single"))
exec(compile("x = 5; x; x * 2", "<s>", "single"))
print(_)
exec(compile("[1, 'a', None]", "<s>", "single"))
