# Sorting workloads: list.sort and sorted with key functions, lambdas,
# reverse=, tuple comparison, stability across multi-pass sorts, sorting
# strings and floats, plus a hand-written merge sort and binary searches.

N = 60000
ROUNDS = 6


class Rng:
    def __init__(self, seed):
        self.x = seed

    def next(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return self.x >> 33


class Employee:
    def __init__(self, name, dept, age, salary):
        self.name = name
        self.dept = dept
        self.age = age
        self.salary = salary


DEPTS = ["eng", "ops", "sales", "legal", "hr", "research"]
SYLLABLES = ["ka", "to", "ri", "mu", "se", "an", "lo", "pe", "zi", "du"]


def make_name(v):
    s = ""
    for _ in range(3 + v % 3):
        s += SYLLABLES[v % 10]
        v //= 10
    return s.capitalize()


def merge_sort(xs):
    if len(xs) <= 16:
        # insertion sort for small runs
        out = list(xs)
        for i in range(1, len(out)):
            v = out[i]
            j = i - 1
            while j >= 0 and out[j] > v:
                out[j + 1] = out[j]
                j -= 1
            out[j + 1] = v
        return out
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    nl, nr = len(left), len(right)
    while i < nl and j < nr:
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def bisect_left(xs, v):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < v:
            lo = mid + 1
        else:
            hi = mid
    return lo


def one_round(seed):
    rng = Rng(seed)
    nums = [rng.next() % 1000000 for _ in range(N)]
    floats = [(rng.next() % 100000) / 7.0 - 5000.0 for _ in range(N // 2)]
    people = [Employee(make_name(rng.next()), DEPTS[rng.next() % len(DEPTS)],
                       20 + rng.next() % 45, 30000 + rng.next() % 90000)
              for _ in range(N // 4)]
    acc = 0

    a = sorted(nums)
    b = merge_sort(nums)
    assert a == b
    acc += a[0] + a[-1] + a[len(a) // 2]

    c = sorted(nums, key=lambda v: (v % 1000, -v))
    acc += c[0] + c[-1] * 3

    d = sorted(nums, reverse=True)
    acc += d[1] - d[-2]

    floats.sort(key=abs)
    acc += int(floats[0] * 100) + int(floats[-1])

    # stable multi-pass sort: by age, then by department
    by_age = sorted(people, key=lambda p: p.age)
    by_dept = sorted(by_age, key=lambda p: p.dept)
    acc += sum(i * p.age for i, p in enumerate(by_dept[:100]))

    records = [(p.dept, -p.salary, p.name) for p in people]
    records.sort()
    acc += -records[0][1] + len(records[-1][2])

    names = sorted({p.name for p in people}, key=str.lower)
    acc += len(names) + len(names[0]) * 7

    top = sorted(people, key=lambda p: (p.salary, p.name), reverse=True)[:5]
    acc += sum(p.salary for p in top)

    hits = 0
    for k in range(0, 1000000, 997):
        i = bisect_left(a, k)
        if i < len(a) and a[i] == k:
            hits += 1
    acc += hits

    words = [make_name(v) for v in nums[:5000]]
    words.sort(key=len)
    acc += len(words[0]) + len(words[-1]) + len(min(words)) + len(max(words))
    return acc, by_dept[0].name, top[0].name


def main():
    total = 0
    for r in range(ROUNDS):
        acc, first, richest = one_round(1000 + r)
        print("round", r, acc, first, richest)
        total += acc
    print("total:", total)


main()
