vals = [0, 7, -7, 255, 10**12, -(10**7)]
specs = ["", "d", "+d", " d", "08d", "<8d", ">8d", "^8d", "=8d", "*^9d", ",d", "_d", "_x", "_b", "#x", "#X", "#o", "#b", "x", "c" ]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, out)
fl = [0.0, -0.0, 1.5, -1234.5678, 1e16, 1.25e-7, float("inf"), float("nan"), 123456789.0]
fspecs = ["", "f", ".2f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "+.2f", " .2f", "010.2f", ",.2f", "_.3f", "#.0f", "#g", ".0e", "z.1f", "n", ">12.3f", "=+12.2f", "012"]
for v in fl:
    out = []
    for s in fspecs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("ValueError:" + str(e))
    print(repr(v), out)
for s in ["", "s", ">10", "<10", "^10", ".2", "*^9.3", "10.1"]:
    print(repr(format("hello", s)))
for bad in [(1, "s"), ("x", "d"), (1.5, "d"), (1, ".2d"), ("x", "+"), (1, ",,"), (1, "_,"), (1.5, "x"), (1, "=z")]:
    try:
        format(*bad)
    except ValueError as e:
        print(bad, "ValueError", e)
