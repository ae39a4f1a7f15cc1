# str.format with positional, indexed, named and spec fields
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{:>5}|{:<5}|{:^5}|".format("r", "l", "c"))
print("{:*^9}".format("mid"))
print("{:.2f}".format(3.14159), "{:,}".format(1234567), "{:,}".format(-1000))
print("{:5d}|{:<5d}|{:05d}".format(42, 42, 42))
print("{:x} {:X} {:o} {:b}".format(255, 255, 8, 5))
print("{0:>8.3f}|{1:<8}|".format(2.5, "ok"))
print("{{literal}} {}".format("x"))
print("{:+d} {:+d}".format(5, -5))
print("{:10,.2f}|".format(98765.4321))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(x=1)
except KeyError as e:
    print("KeyError:", e)
