# Word frequency counting over generated text.  A small LCG picks words from
# a vocabulary and decorates them with capitals and punctuation; the counter
# splits lines, lowercases and strips punctuation, and counts with dict.get.
# Stresses str.split/lower/strip/join, dict get/set and iteration.

LINES = 90000
WORDS_PER_LINE = 12

VOCAB = (
    "the quick brown fox jumps over lazy dog and then some other animals "
    "follow along the river bank while a serpent watches from tall grass "
    "python taipan cobra mamba viper adder krait boa anaconda rattlesnake "
    "interpreter bytecode compiler parser lexer token frame stack heap "
    "garbage collector reference count object type class method function "
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"
).split()

PUNCT = ["", "", "", ",", ".", ";", "!", "?", ":", "\"", "'"]


class Rng:
    def __init__(self, seed):
        self.x = seed

    def next(self, n):
        self.x = (self.x * 214013 + 2531011) & 0xFFFFFFFF
        return (self.x >> 16) % n


def generate(rng):
    lines = []
    nv = len(VOCAB)
    np_ = len(PUNCT)
    for _ in range(LINES):
        words = []
        for _ in range(WORDS_PER_LINE):
            w = VOCAB[rng.next(nv)]
            r = rng.next(8)
            if r == 0:
                w = w.capitalize()
            elif r == 1:
                w = w.upper()
            p = PUNCT[rng.next(np_)]
            if p == "\"" or p == "'":
                w = p + w + p
            else:
                w = w + p
            words.append(w)
        lines.append(" ".join(words))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for tok in line.split():
            w = tok.strip(",.;!?:\"'").lower()
            if w:
                counts[w] = counts.get(w, 0) + 1
    return counts


def count_bigrams(text):
    pairs = {}
    for line in text.splitlines():
        words = [t.strip(",.;!?:\"'").lower() for t in line.split()]
        for i in range(len(words) - 1):
            key = words[i] + " " + words[i + 1]
            pairs[key] = pairs.get(key, 0) + 1
    return pairs


def letter_histogram(counts):
    hist = {}
    for word, n in counts.items():
        first = word[0]
        if first in hist:
            hist[first] += n
        else:
            hist[first] = n
    return hist


def main():
    text = generate(Rng(7))
    counts = count_words(text)
    total = sum(counts.values())
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    print("characters:", len(text), "words:", total, "distinct:", len(counts))
    for w, n in top:
        print("  %-12s %6d" % (w, n))
    pairs = count_bigrams(text)
    best = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    print("distinct bigrams:", len(pairs), "most common:", best)
    hist = letter_histogram(counts)
    print("letters:", "".join(k + str(hist[k] % 10) for k in sorted(hist)))
    upper_lines = sum(1 for line in text.splitlines() if line.isupper())
    print("upper-case lines:", upper_lines, "longest word:", max(counts, key=len))


main()
