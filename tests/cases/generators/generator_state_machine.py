# a generator as a tokenizer state machine
def tokens(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ("NUM", int(text[i:j]))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and (text[j].isalpha() or text[j].isdigit()):
                j += 1
            yield ("NAME", text[i:j])
            i = j
        elif ch in "+-*/()=":
            yield ("OP", ch)
            i += 1
        else:
            raise ValueError("bad char " + repr(ch) + " at " + str(i))

for tok in tokens("x1 = 42 + (y*7)"):
    print(tok)
try:
    list(tokens("a $ b"))
except ValueError as e:
    print("ValueError:", e)
print(len(list(tokens("1 2 3 4"))))
