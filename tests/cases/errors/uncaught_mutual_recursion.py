# mutual recursion without a base case ends in RecursionError
import sys

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

print(is_even(10), is_odd(7), is_even(101))
try:
    is_even(-1)
except RecursionError as e:
    print("caught RecursionError:", e)
print(is_odd(3))

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

ping(0)
