# A short tour of the Python that Taipan runs. The output is deterministic.

class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0.0
    def describe(self):
        return f"{self.name:>8} area={self.area():8.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def make_counter(step):
    total = 0
    def bump():
        nonlocal total
        total += step
        return total
    return bump

shapes = [Rect(3, 4), Square(5), Circle(1.5), Rect(2, 0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())

first = []
for n in fib():
    if n > 100:
        break
    first.append(n)
print("fib:", first)
squares = {n: n * n for n in range(1, 6)}
print("squares:", squares, "evens:", [k for k, v in squares.items() if v % 2 == 0])

count3 = make_counter(3)
print("counter:", [count3() for _ in range(4)])

for text in ["42", "x7", "-13"]:
    try:
        print(f"int({text!r}) = {int(text):>6}")
    except ValueError as e:
        print(f"error: {e}")

big = 2 ** 100
print(f"2**100 = {big}, digits={len(str(big))}, mod 97 = {big % 97}")
print(f"ratio {big / 3 ** 60:.2f}, {7 / 3:.3f}, {1e6:.1f}")


# Python 3.12 features: match, PEP 695 generics, async/await, exception groups.
def classify(shape):
    match shape:
        case Square(w=s) if s > 4:
            return f"big square {s}"
        case Rect(w=w, h=h) if w < 1 or h < 1:
            return f"thin {w}x{h}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Circle(r=r):
            return f"circle r={r}"
        case _:
            return "other"


print("match:", [classify(s) for s in shapes])


class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self


type Pair[K, V] = tuple[K, V]
print("generics:", Stack[int], Stack.__type_params__, Pair[str, int], Stack().push(1).push(2).items)


class Tick:
    def __await__(self):
        yield "tick"


async def countdown(name, n):
    for i in range(n, 0, -1):
        await Tick()
        yield f"{name}{i}"


async def gather_all():
    return [x async for x in countdown("a", 3)] + [x async for x in countdown("b", 2)]


coro = gather_all()
try:
    while True:
        coro.send(None)
except StopIteration as done:
    print("async:", done.value)

try:
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t"), KeyError("k")])
except* (ValueError, TypeError) as eg:
    print("except*:", [type(e).__name__ for e in eg.exceptions])
except* KeyError:
    print("except*: KeyError handled separately")

# The standard library, frozen into the binary.
import json
import re
import weakref
import gc
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum


class Suit(Enum):
    HEARTS = "♥"
    SPADES = "♠"


@dataclass(order=True)
class Card:
    rank: int
    suit: Suit = field(compare=False)


hand = sorted([Card(12, Suit.SPADES), Card(3, Suit.HEARTS), Card(7, Suit.HEARTS)])
print("dataclass:", hand[0], "| enum:", Suit("♠"), repr(Suit.HEARTS))
words = re.findall(r"\b(\w)(\w*)\b", "the quick brown fox jumps over the lazy dog the end")
print("re + Counter:", Counter(first for first, _ in words).most_common(2))
print("json:", json.dumps({"hand": [c.rank for c in hand], "ok": True}, sort_keys=True))


class Node:
    def __del__(self):
        print("gc: a node in a cycle was collected")


a, b = Node(), Node()
a.other, b.other = b, a
probe = weakref.ref(a)
del a, b
print("gc: found", gc.collect(), "objects; weakref now", probe())
