# String and bytes literal patterns, implicit concatenation; str never equals bytes
def kind(v):
    match v:
        case "":
            return "empty str"
        case b"":
            return "empty bytes"
        case "ab" "cd":
            return "concatenated"
        case b"raw\x00":
            return "bytes with nul"
        case "caf\u00e9":
            return "unicode"
        case 'it\'s':
            return "quote"
        case _:
            return "no match"


for v in ["", b"", "abcd", b"abcd", b"raw\x00", "café", "it's", "x", 0]:
    print(repr(v), kind(v))
