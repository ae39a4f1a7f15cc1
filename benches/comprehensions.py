# Comprehensions everywhere: list/dict/set comprehensions with conditions,
# nested comprehensions (matrix transpose and product, flattening),
# generator expressions fed to sum/any/all/min/max, comprehension scoping,
# and dict inversion/grouping.

SIZE = 64
ROUNDS = 100


def matrix(n, seed):
    return [[(i * 31 + j * 17 + seed) % 19 - 9 for j in range(n)] for i in range(n)]


def transpose(m):
    return [[row[j] for row in m] for j in range(len(m[0]))]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def primes_below(n):
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n, i))
    return [i for i, p in enumerate(sieve) if p]


def word_stats(words):
    lengths = {w: len(w) for w in words}
    by_len = {}
    for w, n in lengths.items():
        by_len.setdefault(n, []).append(w)
    groups = {n: sorted(ws) for n, ws in by_len.items() if len(ws) > 1}
    letters = {c for w in words for c in w}
    inverted = {v: k for k, v in enumerate(sorted(letters))}
    return lengths, groups, letters, inverted


def pythagorean(limit):
    return [(a, b, c) for a in range(1, limit) for b in range(a, limit)
            for c in [int((a * a + b * b) ** 0.5)] if c < limit and c * c == a * a + b * b]


def main():
    acc = 0
    for r in range(ROUNDS):
        a = matrix(SIZE, r)
        b = matrix(SIZE, r + 5)
        c = matmul(a, b)
        trace = sum(c[i][i] for i in range(SIZE))
        flat = [x for row in c for x in row]
        pos = sum(1 for x in flat if x > 0)
        evens = {x for x in flat if x % 2 == 0}
        acc += trace + pos + len(evens) + max(flat) - min(flat)
        acc += sum(max(row) for row in c) % 1000
        if any(x == 0 for x in flat):
            acc += 1
        if all(len(row) == SIZE for row in c):
            acc += 2
    print("matrix checksum:", acc)

    ps = primes_below(200000)
    gaps = [b - a for a, b in zip(ps, ps[1:])]
    gap_hist = {g: gaps.count(g) for g in set(gaps) if g <= 12}
    twins = sum(1 for g in gaps if g == 2)
    print("primes:", len(ps), "twins:", twins, "gaps:", sorted(gap_hist.items()))

    words = ["w" + "".join(chr(97 + (i * k) % 26) for k in range(1 + i % 7)) for i in range(20000)]
    lengths, groups, letters, inverted = word_stats(words)
    print("words:", len(lengths), {k: len(v) for k, v in sorted(groups.items())},
          len(letters), inverted["z"])

    triples = pythagorean(300)
    print("triples:", len(triples), triples[:3], sum(c for _, _, c in triples))

    squares = {i: i * i for i in range(1000)}
    cubes_odd = [v * i for i, v in squares.items() if i % 2]
    nested = [[j for j in range(i) if j % 3 == 0] for i in range(200)]
    gen_total = sum(sum(x for x in row) for row in nested)
    print("misc:", sum(cubes_odd) % 1000007, gen_total, len(nested[-1]))


main()
