import copy

class Odd:
    def __reduce_ex__(self, proto):
        raise copy.Error("cannot copy Odd")

print(issubclass(copy.error, Exception))
try:
    copy.copy(Odd())
except copy.Error as e:
    print("copy.Error:", e)
def gen():
    yield
copy.deepcopy({'g': gen()})
