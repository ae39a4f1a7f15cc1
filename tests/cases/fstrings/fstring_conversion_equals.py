# f-string !r/!s/!a conversions and = debug specifier with format specs
class T:
    def __repr__(self):
        return "T<r>"
    def __str__(self):
        return "T<s>"
    def __format__(self, spec):
        return "T<f:" + spec + ">"
t = T()
print(f"{t} {t!s} {t!r} {t!a} {t:xyz} {t!r:>6}|{t!s:<6}|")
s = "héllo\n"
print(f"{s!r} {s!a} {s!s}", end="")
print(f"{s=}", end="|\n")
val = 3.14159
print(f"{val=}", f"{val=:.2f}", f"{val = :>10.3f}|", f"{val=!s}", f"{val=!r:>12}|")
n = 42
print(f"{n=:#x}", f"{n*2=}", f"{n // 5 = }", f"{n=:08b}", f"{-n=:+}")
print(f"{t=}", f"{t=!s}", f"{t=:spec}")
items = [1, "a", None]
print(f"{items=}", f"{items!s:>20}|", f"{items[1]!r}")
print(f"{None!r} {True!s:>6}| {False=}")
name = "x"
print(f"{name!r:^9}|{name!a}|{'ü'!a}|{'\t'!r}")
print(f"{1e20=}", f"{10**20=}", f"{1/3=:.4}")
print(f"{'a' 'b'=}", f"{(1, 2)=}")
