# f-strings with expressions, calls, nested quotes and braces
name = "World"
n = 7
items = [1, 2, 3]
d = {"key": "value"}
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}, halved is {n / 2}")
print(f"{name.upper()} {name[::-1]} {len(name)}")
print(f"{items} {items[0]} {sum(items)} {d['key']}")
print(f"{'nested quotes'} {d}")
print(f"{{literal braces}} {{{n}}}")
print(f"{n > 5} {n if n > 5 else 0} {None} {[x * 2 for x in items]}")
print(f"{3.0} {1 / 3} {2 ** 100}")
print(f"{name!r} {name!s} {items!r}")
print(f"multi {n}" f" parts {n + 1}")
def greet(who):
    return f"hi {who}"
print(f"{greet('x')} and {greet(name)}")
print(f"")
print(f"{'a' + 'b'}{1 + 1}{''}end")
