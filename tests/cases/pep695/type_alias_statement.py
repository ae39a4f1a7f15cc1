# The type statement: lazy values, generic aliases, recursion.
type Json = dict[str, "Json"] | list["Json"] | str | int | None
print(Json.__name__, Json.__value__)
type Pairs[K, V] = list[tuple[K, V]]
print(Pairs, Pairs[str, int], Pairs.__value__, Pairs.__type_params__)
type Lazy = Undefined
Undefined = float
print(Lazy.__value__)
try:
    Json[int]
except TypeError as e:
    print("TypeError:", e)
def scoped():
    type Local = int | str
    return Local
print(scoped(), scoped().__value__)
class Holder:
    type Inner = bytes
print(Holder.Inner, Holder.Inner.__value__)
