# an exception inside a lambda used as sorted()'s key propagates out of sorted
people = [
    {"name": "ann", "age": 31},
    {"name": "bob", "age": 25},
    {"name": "cy", "age": 40},
]
print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print([p["name"] for p in sorted(people, key=lambda p: -p["age"])])
people.append({"name": "dee"})
try:
    sorted(people, key=lambda p: p["age"])
except KeyError as e:
    print("caught KeyError:", e)
print(sorted([3, 1, 2], key=lambda x: x * 10))
mixed = [3, "a", 1]
try:
    sorted(mixed, key=lambda x: x)
except TypeError as e:
    print("caught TypeError:", e)
print(max(people, key=lambda p: p.get("age", 0))["name"])
print(sorted(people, key=lambda p: p["age"] // (p["age"] - 25)))
