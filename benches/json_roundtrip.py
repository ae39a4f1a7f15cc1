# JSON round trips: builds a nested document of records (strings
# with escapes and non-ASCII text, ints, floats, booleans, nulls, lists and
# dicts), then serializes it with json.dumps in several styles and parses it
# back with json.loads, repeatedly, checksumming the text and the results.
# Stresses the json package: string scanning/escaping and the encoder loop.

import json

RECORDS = 1000
ROUNDS = 80


class Rng:
    def __init__(self, seed):
        self.x = seed

    def next(self, n):
        self.x = (self.x * 214013 + 2531011) & 0xFFFFFFFF
        return (self.x >> 16) % n


WORDS = ["alpha", "beta", "gamma", "delta", "caf\u00e9", "na\u00efve", "quote\"d",
         "back\\slash", "tab\there", "line\nbreak", "\u4e2d\u6587", "snake \U0001f40d",
         "plain", "text", "json", "taipan"]


def make_record(rng, i):
    return {
        "id": i,
        "name": " ".join(WORDS[rng.next(len(WORDS))] for _ in range(3)),
        "score": rng.next(100000) / 7.0,
        "ratio": -rng.next(1000) / 1000.0,
        "active": rng.next(2) == 1,
        "parent": None if i % 5 == 0 else i // 2,
        "tags": [WORDS[rng.next(len(WORDS))] for _ in range(rng.next(5))],
        "pos": {"x": rng.next(1000) - 500, "y": rng.next(1000) - 500,
                "z": [rng.next(10), rng.next(10) * 1.5]},
        "big": rng.next(1 << 30) * (1 << 20),
    }


def build(rng):
    return {
        "version": 3,
        "records": [make_record(rng, i) for i in range(RECORDS)],
        "index": {str(i): i * i for i in range(0, RECORDS, 7)},
        "meta": {"empty_list": [], "empty_dict": {}, "nested": [[[1, [2, [3]]]]]},
    }


def checksum_text(s, acc):
    n = len(s)
    return (acc * 131 + n + ord(s[n // 3]) + ord(s[-2])) % 2147483647


def walk(o, acc):
    # fold a decoded value into an integer checksum, order-sensitively
    if isinstance(o, dict):
        for k, v in o.items():
            acc = walk(v, (acc * 31 + len(k)) % 2147483647)
        return acc
    if isinstance(o, list):
        for v in o:
            acc = walk(v, acc)
        return (acc + len(o)) % 2147483647
    if isinstance(o, str):
        return (acc * 7 + len(o)) % 2147483647
    if o is None:
        return (acc + 3) % 2147483647
    if isinstance(o, bool):
        return (acc + (5 if o else 11)) % 2147483647
    if isinstance(o, int):
        return (acc + o) % 2147483647
    return (acc + int(o * 1000)) % 2147483647


def main():
    rng = Rng(12345)
    doc = build(rng)
    acc = 0
    styles = [{}, {"sort_keys": True}, {"indent": 2}, {"ensure_ascii": False},
              {"separators": (",", ":")}]
    for r in range(ROUNDS):
        kw = styles[r % len(styles)]
        text = json.dumps(doc, **kw)
        acc = checksum_text(text, acc)
        back = json.loads(text)
        if back != doc:
            print("mismatch in round", r)
        acc = walk(back, acc)
        doc["version"] = r
    print("checksum", acc)
    print("length", len(json.dumps(doc)))


main()
