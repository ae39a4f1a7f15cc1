import heapq

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('push tuple', lambda: heapq.heappush((), 1))
show('pop empty', lambda: heapq.heappop([]))
show('pop tuple', lambda: heapq.heappop(()))
show('heapify tuple', lambda: heapq.heapify((3, 1)))
show('replace empty', lambda: heapq.heapreplace([], 1))
show('replace tuple', lambda: heapq.heapreplace((1,), 1))
show('pushpop empty', lambda: heapq.heappushpop([], 7))
show('pushpop tuple', lambda: heapq.heappushpop((), 1))
show('push uncomparable', lambda: heapq.heappush([1], 'a'))
show('nlargest float n', lambda: heapq.nlargest(1.5, iter([1, 2])))
show('nlargest negative', lambda: heapq.nlargest(-1, [1, 2]))
show('nsmallest none', lambda: heapq.nsmallest(2, None))
show('merge bad', lambda: list(heapq.merge([1], 5)))
print(sorted(heapq.__all__))

h = [5]
print(heapq.heappushpop(h, 3), h, heapq.heappushpop(h, 9), h)
print(heapq.heapreplace(h, 1), h, heapq.heappop(h), h)

# a priority queue of tasks
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (5, 'ship'), (2, 'test')]:
    heapq.heappush(tasks, (prio, name))
print(tasks)
while tasks:
    print(heapq.heappop(tasks))

# heap sort
def heapsort(it):
    h = []
    for v in it:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
print(heapsort('heapsort'))
