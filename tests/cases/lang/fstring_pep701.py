# PEP 701 f-strings: reusing the same quotes inside, nested f-strings, backslashes and comments in expressions
names = ["ann", "bob"]
d = {"key": "val"}
print(f"{d["key"]}")
print(f"{", ".join(names)}")
print(f"{f"{f"{1 + 1}"}"}")
print(f"{'\n'.join(names)}")
print(f"{"\t".join(["a", "b"])!r}")
print(f"{
    len(names)  # a comment inside the replacement field
}")
print(f'{'single'}' f"{"double"}")
print(f"""{"""triple"""}""")
x = 3
print(f"{x:{"^"}{"5"}}|")
print(f"{names[0]!r:>{x + 5}}")
print(f"{ {'a': 1}['a'] }", f"{(lambda: 'lam')()}")
