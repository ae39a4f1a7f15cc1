# format() of complex numbers.
z = 1.5 - 2.25j
print(f"{z}", f"{z:.2f}", f"{z:>20.3f}|", f"{z:<20e}|", f"{z:^16g}|", f"{z:+.1f}", f"{z:10}|", format(1j, ""), str(z))
for s in ["%", "d", "=10"]:
    try: format(z, s)
    except ValueError as e: print("ValueError:", e)
