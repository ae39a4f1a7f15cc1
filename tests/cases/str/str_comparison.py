# lexicographic string comparison and membership
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "" < "a")
print("abc" == "abc", "abc" != "abd", "Z" < "a")
print("10" < "9", "abc" > "abd", "b" > "abc")
words = ["pear", "Apple", "banana", "apple", "Banana", "cherry", ""]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len))
print(max(words), min(words[:-1]))
print("ell" in "hello", "" in "abc", "xyz" not in "abc", "H" in "hello")
print(ord("a"), ord("A"), chr(97), chr(65 + 25))
print("a" * 3 == "aaa", "ab" * 2 < "abb")
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
