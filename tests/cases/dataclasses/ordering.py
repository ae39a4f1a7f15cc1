from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9), Version(1) <= Version(1))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


tasks = [Task(3, 'c'), Task(1, 'a'), Task(2, 'b')]
print(sorted(tasks), Task(1, 'x') == Task(1, 'y'))


@dataclass(order=True)
class Person:
    sort_index: int = field(init=False, repr=False)
    name: str
    age: int

    def __post_init__(self):
        self.sort_index = self.age


people = [Person('Ann', 40), Person('Bob', 25), Person('Cy', 33)]
print(sorted(people))
print([p.name for p in sorted(people, reverse=True)])

try:
    @dataclass(order=True)
    class Bad:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(order=True, eq=False)
    class Bad2:
        x: int
except ValueError as e:
    print("ValueError:", e)
