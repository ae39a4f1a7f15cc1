# while loops computing digit sums, reversal and binary representation
def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total

def reverse_num(n):
    r = 0
    while n:
        r = r * 10 + n % 10
        n //= 10
    return r

def to_binary(n):
    if n == 0:
        return "0"
    bits = ""
    while n:
        bits = str(n & 1) + bits
        n >>= 1
    return bits

for n in [0, 7, 1234, 99999, 2 ** 64]:
    print(n, digit_sum(n), reverse_num(n), to_binary(n) == bin(n)[2:])
i = 1
powers = []
while i < 1000:
    powers.append(i)
    i *= 3
print(powers)
