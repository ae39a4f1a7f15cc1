# closures used as accumulators, generators of functions and pipelines
def averager():
    nums = []
    def add(x):
        nums.append(x)
        return sum(nums) / len(nums)
    return add

avg = averager()
print(avg(10), avg(20), avg(30))

def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run

p = pipeline(lambda x: x + 1, lambda x: x * 2, str, lambda s: s + "!")
print(p(4), p(0))

def multiplier_table(n):
    return [(lambda k: lambda x: x * k)(k) for k in range(1, n + 1)]

print([f(3) for f in multiplier_table(5)])

def once(func):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result = func()
            done = True
        return result
    return wrapper

@once
def expensive():
    print("computing...")
    return 42

print(expensive(), expensive())
