# str seeds (version 2): the UTF-8 bytes plus their SHA-512 digest, as one int.
import random

for seed in ["", "a", "hello", "hello world", "Python 3.12", "éàü", "日本語", "x" * 1000, "🐍"]:
    random.seed(seed)
    print(repr(seed[:12]), random.random(), random.randint(1, 1000))

print(random.Random("spam").random() == random.Random("spam").random())
print(random.Random("spam").random() == random.Random("Spam").random())
# The same text as str and as its UTF-8 bytes seeds the same way.
print(random.Random("naïve").random() == random.Random("naïve".encode()).random())
