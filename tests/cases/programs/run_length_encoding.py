# run-length encoding and decoding with validation and compression ratios
def encode(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)

def decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if not num:
                raise ValueError(f"missing count before {ch!r}")
            out.append(ch * int(num))
            num = ""
    if num:
        raise ValueError("dangling count " + num)
    return "".join(out)

samples = ["aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaa", "x" * 25 + "y"]
for s in samples:
    e = encode(s)
    ratio = len(e) / len(s) if s else 0
    print(f"{s!r:<30} {e!r:<14} ratio={ratio:.2f} ok={decode(e) == s}")
for bad in ["3a2", "a3", "10x2y"]:
    try:
        print(bad, "->", decode(bad))
    except ValueError as e:
        print(bad, "-> ValueError:", e)
image = ["....##....", "...####...", "..######..", "....##...."]
packed = [encode(row) for row in image]
print(packed)
print(all(decode(p) == row for p, row in zip(packed, image)))
