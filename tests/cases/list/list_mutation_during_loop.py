# safe patterns for filtering and modifying lists while iterating
nums = list(range(10))
evens = [n for n in nums if n % 2 == 0]
print(evens)
copy = nums[:]
for n in copy:
    if n % 3 == 0:
        nums.remove(n)
print(nums)
data = [5, 3, 8, 1]
for i in range(len(data)):
    data[i] *= 10
print(data)
for i, v in enumerate(data):
    if v > 40:
        data[i] = -v
print(data)
i = 0
items = [1, 2, 2, 3, 2, 4]
while i < len(items):
    if items[i] == 2:
        del items[i]
    else:
        i += 1
print(items)
grow = [1]
for x in grow:
    if x < 5:
        grow.append(x + 1)
print(grow)
