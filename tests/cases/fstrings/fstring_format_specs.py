# f-string format specs: width, alignment, precision, zero-pad, hex, separators
x = 3.14159
n = 255
big = 1234567890
print(f"[{x:8.3f}]", f"[{x:<8.2f}]", f"[{x:^9.1f}]", f"[{x:.0f}]")
print(f"[{n:08d}]", f"[{n:5d}]", f"[{n:<5d}]", f"[{-n:06d}]")
print(f"{n:x} {n:X} {n:o} {n:b}")
print(f"{big:,} {-big:,} {x * 1000000:,.2f}")
print(f"[{'left':<10}]", f"[{'right':>10}]", f"[{'mid':^10}]", f"[{'pad':*^9}]")
print(f"[{'abc':3}]", f"[{'toolong':3}]", f"[{42:>6}]", f"[{42:<6}]")
print(f"{0.5 * 100:.1f}%")
print(f"{1 / 3:.5f} {2 / 3:.2f} {10:.3f}")
print(f"{-1.5:+.2f} {1.5:+.2f} {7:+d}")
width, prec = 10, 2
print(f"[{x:{width}.{prec}f}]", f"[{'dyn':>{width}}]")
for v in [1, 22, 333, 4444]:
    print(f"{v:>5}|{v:<5}|{v:^5}|{v:05}")
print(f"{str(True):>6}|{None!s:>6}|{[1, 2]!s:>8}|")
