# practical string slicing: prefixes, suffixes, rotation, padding
def rotate(s, k):
    if not s:
        return s
    k %= len(s)
    return s[k:] + s[:k]

for k in [0, 1, 3, -1, 10]:
    print(k, rotate("abcdef", k))
print(repr(rotate("", 3)))
filename = "archive.tar.gz"
dot = filename.find(".")
print(filename[:dot], filename[dot + 1:], filename[filename.rfind(".") + 1:])
url = "https://example.com/path/to/page"
scheme = url[:url.find(":")]
rest = url[len(scheme) + 3:]
host = rest[:rest.find("/")]
print(scheme, host, rest[len(host):])
word = "encyclopedia"
print(word[:3] + "..." + word[-3:], word[1:-1], word[len(word) // 2:])
print([word[i:i + 4] for i in range(0, len(word), 4)])
print(word[::2] + word[1::2])
