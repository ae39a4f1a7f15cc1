d = {1: "a", 2: "b", 3: "c"}
k, v, it = d.keys(), d.values(), d.items()
print(len(k), len(v), len(it), 2 in k, "a" in v, (1, "a") in it, (1, "b") in it)
print(k & {1, 5}, k | {9}, k - {1}, k ^ {1, 9}, {1, 5} & k, {9} | k, [1, 7] - k if False else {7} - k)
print(it & {(1, "a")}, sorted(it - {(1, "a")}), sorted(it | {(0, "z")}))
print(k == {1, 2, 3}, k < {1, 2, 3, 4}, k <= {1, 2, 3}, k > {1}, k.isdisjoint([7]), it.isdisjoint({(1, "a")}))
print(reversed(k).__next__(), list(reversed(v)), list(reversed(it)))
print(k.mapping if False else "skip", type(k).__name__, type(v).__name__, type(it).__name__)
print(k.__len__(), k.__contains__(1), it.__contains__((2, "b")), v.__len__())
print(k.__and__({1}), k.__or__([4]), k.__sub__({2}), k.__xor__({3, 4}), k.__rsub__({1, 8}), k.__rand__({2}))
print(repr(k), repr(v), repr(it), str(k))
del d[1]
print(k, v, it)
try:
    v & {1}
except TypeError as e:
    print("TypeError", e)
try:
    hash(k)
except TypeError as e:
    print("TypeError", e)
print({}.keys() == set(), {1: 1}.values() == {1: 1}.values(), list({}.items()))
