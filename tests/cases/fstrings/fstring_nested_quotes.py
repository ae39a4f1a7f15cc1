# f-strings with nested quotes of every kind, dict access and nested f-strings (3.12 syntax)
d = {"key": "val", 'other': 2}
names = ["ann", "bob"]
print(f"{d['key']} {d["other"]}")
print(f'{d["key"]!r} {d['key']}')
print(f"""{d["key"]} and {'single'} and {"double"}""")
print(f'''{f"{d['other'] * 3}"}''')
print(f"{f'{f"{1 + 1}"}'}")
print(f"{', '.join(names)}", f"{'-'.join(n.upper() for n in names)}")
print(f"{'\n'.join(names)!r}")
print(f"{"nested {braces}"}", f"{'{'}{'}'}", f"{{{1}}}", f"{{}}")
print(f"{names[0]!r:>8}|{names[-1]:*^9}|")
print(f"{'quote\"inside'}", f'{"it\'s"}')
x = 10
print(f"{x if x > 5 else 'small'}", f"{'yes' if names else 'no'}", f"{(lambda y: y * 2)(x)}")
print(f"{x:{'>'}{'5'}}|", f"{'abc'[::-1]}", f"{[i * i for i in range(4)]}")
print(f"{ {'a': 1}['a'] }", f"{ {1, 2} == {2, 1} }", f"{(1, 2)!s}")
multi = f"{
    x
    + 1
}"
print(multi)
print(f"{x=}", f"{x = }", f"{x+1=}", f"{d['key']=}", f"{names[1]=!s}")
print(f"{'#'}{x}{'#'}" + f'{"!"}', rf"{x}\n", fr"\t{names[0]}")
print(f"", f"{''}", len(f"{'':5}"))
