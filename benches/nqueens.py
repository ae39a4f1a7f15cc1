# N-queens: count and enumerate solutions with a recursive generator that
# tracks attacked columns and diagonals in sets, plus a second
# permutation-based solver that filters with a set-size test.  Stresses
# generators (yield / yield from), set add/remove/membership and recursion.

N = 11
PERM_N = 9
ROUNDS = 2


def solve(n, row, cols, diag1, diag2, placed):
    if row == n:
        yield tuple(placed)
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        placed.append(c)
        yield from solve(n, row + 1, cols, diag1, diag2, placed)
        placed.pop()
        cols.remove(c)
        diag1.remove(row + c)
        diag2.remove(row - c)


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            p.append(items[i])
            yield p


def solve_by_permutation(n):
    cols = range(n)
    for vec in permutations(list(cols)):
        if n == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols}):
            yield vec


def canonical(sol):
    n = len(sol)
    forms = []
    s = list(sol)
    for _ in range(4):
        # rotate 90 degrees: queen at (r, c) -> (c, n-1-r)
        t = [0] * n
        for r in range(n):
            t[s[r]] = n - 1 - r
        s = t
        forms.append(tuple(s))
        forms.append(tuple(reversed(s)))
    return min(forms)


def main():
    checksum = 0
    for rnd in range(ROUNDS):
        total = 0
        unique = set()
        for n in range(4, N + 1):
            count = 0
            for sol in solve(n, 0, set(), set(), set(), []):
                count += 1
                checksum = (checksum * 31 + sum((i + 1) * c for i, c in enumerate(sol))) % 1000000007
                if n == N:
                    unique.add(canonical(sol))
            if rnd == 0:
                print("%d-queens: %d solutions" % (n, count))
            total += count
        print("round", rnd, "total:", total, "unique %d-queens:" % N, len(unique))
        perm_count = sum(1 for _ in solve_by_permutation(PERM_N))
        print("permutation solver %d-queens: %d" % (PERM_N, perm_count))
    print("checksum:", checksum)


main()
