# f-string = debugging form, with specs and conversions
x = 10
name = "taipan"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x * 2=}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{items=}")
print(f"{x=:>5}")
print(f"{3.14159=:.2f}")
print(f"{len(name)=} {name.upper()=}")
print(f"{x + 1 = }, {x - 1 =}")
print(f"{None=} {True=}")
