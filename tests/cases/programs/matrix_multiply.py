# matrix operations: multiply, transpose, identity, power and pretty printing
def mat_mul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError(f"shape mismatch {len(a)}x{len(a[0])} * {inner}x{cols}")
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def mat_pow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        p >>= 1
    return result

def show(m, title):
    print(title)
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(str(v).rjust(width) for v in row) + "]")

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(a, b), "A x B")
show(mat_mul(b, a), "B x A")
show(transpose(a), "A^T")
fib = [[1, 1], [1, 0]]
show(mat_pow(fib, 10), "fib^10")
print("fib(90) =", mat_pow(fib, 90)[0][1])
try:
    mat_mul(a, a)
except ValueError as e:
    print("error:", e)
print(mat_mul(identity(3), b) == b)
