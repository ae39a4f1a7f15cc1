# using lists as a stack and a simple queue
stack = []
for ch in "([{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        top = stack.pop()
        print("matched", top, ch)
print("empty:", stack == [])

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st

for s in ["()", "([])", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))
queue = [1, 2, 3]
queue.append(4)
while queue:
    item = queue.pop(0)
    if item == 2:
        queue.append(20)
    print("served", item, "remaining", queue)
