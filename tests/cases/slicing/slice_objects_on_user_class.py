# __getitem__ receiving ints and slices, delegating to a list
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step)
            return Seq(self.data[key])
        print("index", key)
        return self.data[key]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return "Seq(" + repr(self.data) + ")"

s = Seq("abcdefg")
print(s[2])
print(s[1:4])
print(s[::-2])
print(s[-3:])
print(s[1:6][1:3])
print(len(s[::3]))
