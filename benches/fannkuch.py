# Fannkuch-redux: for every permutation of 0..n-1, repeatedly reverse the
# prefix whose length is given by the first element until it is 0, counting
# flips.  Permutations are generated in place (counting/rotation scheme).
# Stresses list slicing, slice assignment, indexing and small-int loops.

N = 9
REPEAT = 4


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    nperm = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if nperm % 2 == 0 else -flips
        nperm += 1
        while True:
            if r == n:
                return checksum, max_flips, nperm
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    total = 0
    for _ in range(REPEAT):
        checksum, max_flips, nperm = fannkuch(N)
        total += checksum
    print("repeat checksum:", total)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (N, max_flips))
    print("permutations:", nperm)


main()
