import json
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
    __str__ = __repr__
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
    __str__ = __repr__
print(json.dumps([MyInt(5), MyFloat(2.5), {MyInt(7): MyFloat(1.0)}]))
print(json.dumps({MyFloat(0.5): 1}))
print(json.dumps([MyInt(5)], indent=1))
print(json.dumps([True, False, 1, 0]))
print(json.dumps({True: 1, 2: False}))
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyTuple(tuple):
    pass
print(json.dumps(MyList([1, MyDict(a=MyTuple((2, 3)))])))
for f in [0.1, 1e100, 5e-324, 1.7976931348623157e308, 1e15, 1e16, 123e-20, -1.0]:
    s = json.dumps(f)
    print(s, json.loads(s) == f)
print(json.dumps(10**30), json.loads(str(10**30)) == 10**30)
