# Regular expressions over generated text: a log of ~1 MB built by a small LCG is
# tokenized, searched, rewritten and split with the re module. Exercises findall
# with \w+ and with groups, finditer with named groups, sub with a template and with
# a function, split, IGNORECASE, lookarounds, backreferences and a re.Scanner lexer.
import re

WORDS = (
    "alpha beta gamma delta epsilon zeta theta kappa lambda sigma omega "
    "python taipan cobra mamba viper adder krait boa anaconda "
    "parser lexer token frame stack heap object method function"
).split()
LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]


class Rng:
    def __init__(self, seed):
        self.x = seed

    def next(self, n):
        self.x = (self.x * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.x >> 8) % n


def generate(rng, lines):
    out = []
    nw = len(WORDS)
    for i in range(lines):
        h, m, s = rng.next(24), rng.next(60), rng.next(60)
        level = LEVELS[rng.next(4)]
        words = " ".join(WORDS[rng.next(nw)] for _ in range(3 + rng.next(8)))
        user = "user%d@%s.example" % (rng.next(500), WORDS[rng.next(nw)])
        ms = rng.next(5000)
        extra = ""
        if rng.next(5) == 0:
            w = WORDS[rng.next(nw)]
            extra = " repeated %s %s" % (w, w)
        out.append("2024-03-%02d %02d:%02d:%02d [%s] %s <%s> took %dms%s"
                   % (1 + i % 28, h, m, s, level, words, user, ms, extra))
    return "\n".join(out)


LINE = re.compile(
    r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) \[(?P<level>[A-Z]+)\] "
    r"(?P<msg>.*?) <(?P<user>[^>@]+)@(?P<host>[\w.]+)> took (?P<ms>\d+)ms",
    re.M)


def main():
    text = generate(Rng(12345), 12000)
    print("characters:", len(text))

    words = re.findall(r"\w+", text)
    print("words:", len(words), "distinct:", len(set(words)))

    levels = {}
    total_ms = 0
    slow = 0
    for m in LINE.finditer(text):
        lv = m.group("level")
        levels[lv] = levels.get(lv, 0) + 1
        ms = int(m["ms"])
        total_ms += ms
        if ms > 4000:
            slow += 1
    print("levels:", sorted(levels.items()), "total ms:", total_ms, "slow:", slow)

    pairs = re.findall(r"(\w+)@(\w+)\.example", text)
    hosts = {}
    for _, host in pairs:
        hosts[host] = hosts.get(host, 0) + 1
    print("users:", len(pairs), "top host:", max(sorted(hosts.items()), key=lambda kv: kv[1]))

    repeated = re.findall(r"\b(\w+) \1\b", text)
    print("repeated words:", len(repeated), sorted(set(repeated))[:5])

    redacted = re.sub(r"user(\d+)@", r"<\1>@", text)
    print("redacted length:", len(redacted), redacted[:60].replace("\n", "|"))

    def shout(m):
        return m.group(0).upper()

    loud, n = re.subn(r"\b(?:cobra|mamba|viper)\b", shout, text)
    print("shouted:", n, loud.count("COBRA"))

    ic = len(re.findall(r"error|warn", text, re.I))
    print("case-insensitive hits:", ic)

    look = len(re.findall(r"(?<=\[)[A-Z]+(?=\])", text))
    print("lookaround hits:", look)

    fields = re.split(r"[\s:\[\]<>@-]+", text)
    print("fields:", len(fields), fields[:6])

    scanner = re.Scanner([
        (r"\d+", lambda s, t: ("NUM", int(t))),
        (r"[A-Za-z_]\w*", lambda s, t: ("NAME", t)),
        (r"[\[\]<>@:.\-]", lambda s, t: ("PUNCT", t)),
        (r"\s+", None),
    ])
    first = text[:200000]
    toks, rest = scanner.scan(first)
    nums = sum(v for k, v in toks if k == "NUM")
    print("tokens:", len(toks), "num sum:", nums, "rest:", len(rest))

    dates = set(m.group(1) for m in re.finditer(r"^(\d{4}-\d\d-\d\d)", text, re.M))
    print("dates:", len(dates), min(dates), max(dates))

    ok = sum(1 for line in text.splitlines() if re.fullmatch(r"[\x20-\x7e]+", line))
    print("printable lines:", ok)


main()
