# gradebook statistics: averages, letter grades, ranking and histogram
SCORES = {
    "ann": [92, 88, 95, 79],
    "bob": [65, 72, 58, 81],
    "cyd": [78, 85, 80, 90],
    "dee": [55, 61, 49, 70],
    "eve": [99, 97, 100, 94],
    "fay": [82, 79, 88, 85],
}

def mean(xs):
    return sum(xs) / len(xs)

def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2

def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"

report = []
for name, scores in SCORES.items():
    avg = mean(scores)
    dropped = mean(sorted(scores)[1:])
    report.append((name, avg, dropped, letter(dropped)))
report.sort(key=lambda r: -r[2])
print(f"{'rank':<5}{'name':<6}{'avg':>7}{'drop-low':>10}  grade")
for rank, (name, avg, dropped, grade) in enumerate(report, 1):
    print(f"{rank:<5}{name:<6}{avg:>7.2f}{dropped:>10.2f}  {grade}")
all_scores = [s for scores in SCORES.values() for s in scores]
print("class mean", round(mean(all_scores), 3), "median", median(all_scores))
print("best single", max(all_scores), "worst single", min(all_scores))
hist = {}
for _, _, _, g in report:
    hist[g] = hist.get(g, 0) + 1
for g in "ABCDF":
    print(g, "*" * hist.get(g, 0))
improved = [n for n, s in SCORES.items() if s[-1] > s[0]]
print("improved:", improved)
per_test = [mean(col) for col in zip(*SCORES.values())]
print("per-test means:", [round(m, 1) for m in per_test])
