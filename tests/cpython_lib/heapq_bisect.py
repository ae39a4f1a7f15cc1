import heapq, bisect
print(heapq.__file__.endswith('python3.12/heapq.py'), bisect.__file__.endswith('python3.12/bisect.py'))
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h); print(h, heapq.nsmallest(3, h), heapq.nlargest(2, h, key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5, key=None))
bisect.insort(a, 3); print(a)
