import bisect

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

people = [('ann', 21), ('bo', 25), ('cy', 25), ('di', 30), ('ed', 41)]
age = lambda p: p[1]
for x in [20, 21, 25, 26, 41, 50]:
    print(x, bisect.bisect_left(people, x, key=age), bisect.bisect_right(people, x, key=age),
          bisect.bisect(people, x, 1, 3, key=age))
calls = []
def k(p):
    calls.append(p[0])
    return p[1]
bisect.insort(people, ('fay', 25), key=k)
print(people, calls)
calls.clear()
bisect.insort_left(people, ('gus', 25), key=k)
print(people, calls)
bisect.insort_right(people, ('hal', 99), key=k)
bisect.insort_left(people, ('ivy', 0), 0, None, key=k)
print([p[0] for p in people])
words = ['a', 'bb', 'ccc', 'dddd']
print(bisect.bisect_left(words, 2, key=len), bisect.bisect_right(words, 2, key=len))
bisect.insort(words, 'xy', key=len)
print(words)

show('lo negative', lambda: bisect.bisect_left([1, 2], 1, -1))
show('lo negative r', lambda: bisect.bisect_right([1, 2], 1, lo=-5))
show('insort lo negative', lambda: bisect.insort([1, 2], 1, -1))
show('lo float', lambda: bisect.bisect([1], 1, 1.5))
show('hi float', lambda: bisect.bisect([1], 1, 0, 1.5))
show('hi too big', lambda: bisect.bisect([1, 2, 3], 2, 0, 10))
show('no len', lambda: bisect.bisect(None, 1))
show('insort tuple', lambda: bisect.insort((1, 2), 1))
show('uncomparable', lambda: bisect.bisect([1, 2], 'x'))
show('key uncomparable', lambda: bisect.bisect_left([1, 2], 'x', key=str))
