# Recursive Fibonacci: stresses Python-level function calls, small-int
# arithmetic and comparisons.  fib(32) = 2178309 (~7 million calls).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = 32
    result = fib(n)
    print("fib(" + str(n) + ") =", result)


main()
