import copy

a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[2] is not a, len(b))
d = {}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e)
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is not shared)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, memo[id(x)] == [1], y[0] is memo[id(x)])
pre = {id(x): 'replaced'}
print(copy.deepcopy([x], pre))
t = ([],)
t[0].append(t)
u = copy.deepcopy(t)
print(u[0][0] is u, u is not t)

class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1, n2 = Node(1), Node(2)
n1.next, n2.next = n2, n1
m = copy.deepcopy(n1)
print(m.v, m.next.v, m.next.next is m, m is not n1)
