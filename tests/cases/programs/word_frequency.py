# word frequency analysis over a literal text with sorted output
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def tokenize(text):
    words = []
    for raw in text.split():
        word = "".join(ch for ch in raw.lower() if ch.isalpha())
        if word:
            words.append(word)
    return words

words = tokenize(TEXT)
print("total words:", len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print("distinct words:", len(freq))
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in ranked[:8]:
    print(f"{word:<12}{count:>3} {'#' * count}")
singles = sorted(w for w, c in freq.items() if c == 1)
print("used once:", ", ".join(singles))
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
longest = max(freq, key=lambda w: (len(w), w))
print("longest:", longest)
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(i, len(tokenize(line)), line.split(",")[1].strip())
pairs = {}
for a, b in zip(words, words[1:]):
    key = a + " " + b
    pairs[key] = pairs.get(key, 0) + 1
common_pairs = sorted((c, p) for p, c in pairs.items() if c > 1)
for c, p in reversed(common_pairs[-4:]):
    print(f"{p!r} x{c}")
