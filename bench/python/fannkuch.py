# bench: fannkuch-redux: pancake flips over all permutations (list slicing, indexing, integer loops)
import sys


def fannkuch(n):
    perm = list(range(n))
    counts = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    nperm = 0
    while True:
        # count the flips of this permutation
        first = perm[0]
        if first != 0:
            p = perm[:]
            flips = 0
            while first != 0:
                k = first + 1
                p[:k] = p[k - 1::-1]
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        nperm += 1
        sign = -sign
        # next permutation: rotate prefixes, odometer style
        r = 1
        while True:
            if r == n:
                return checksum, max_flips, nperm
            head = perm[0]
            for i in range(r):
                perm[i] = perm[i + 1]
            perm[r] = head
            counts[r] += 1
            if counts[r] <= r:
                break
            counts[r] = 0
            r += 1


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    for _ in range(max(1, int(scale * 4))):
        checksum, flips, nperm = fannkuch(8)
    print(checksum)
    print("Pfannkuchen(8) = %d" % flips)
    print("permutations:", nperm)


main()
