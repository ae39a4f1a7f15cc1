# a module body runs once; repeated imports share the same module object and state
import _counter_mod
print("first import done")
import _counter_mod
import _counter_mod as again
from _counter_mod import bump
print(_counter_mod.bump(), again.bump(), bump())
print(_counter_mod.count, again is _counter_mod)
import _uses_other
print(_uses_other.total_area([]), _counter_mod.count)
print(round(_uses_other.unit_circle(), 5))
def bump_many(n):
    for _ in range(n):
        bump()
    return _counter_mod.count
print(bump_many(3), again.count)
_counter_mod.count = 0
print(bump(), again.count)
