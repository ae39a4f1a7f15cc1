# str.replace with counts, empty strings and chaining
s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 2))
print(s.replace("three", "3"))
print(s.replace(" ", ""))
print("aaa".replace("a", "bb"), "aaaa".replace("aa", "a"))
print("abc".replace("", "-"))
print("hello".replace("l", "L", 1), "hello".replace("l", "L", 0))
t = "The cat sat on the mat"
print(t.replace("at", "og").replace("The", "A"))
print(repr("".replace("", "x")))
print(s)
print("x.y.z".replace(".", ""), "aaaa".replace("a", "", 2))
template = "Dear NAME, your total is AMOUNT."
print(template.replace("NAME", "Ann").replace("AMOUNT", "$5"))
