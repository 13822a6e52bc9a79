# Recursion: classic recursive algorithms.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)
    return moves

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print([fib(i) for i in range(15)])
print(hanoi(3, "A", "C", "B", []))
print(is_even(10), is_odd(7), depth(900))

def flatten(xs):
    out = []
    for x in xs:
        if x == [] or (len(str(x)) > 0 and str(x)[0] == "["):
            out = out + flatten(x)
        else:
            out.append(x)
    return out

print(flatten([1, [2, [3, [4]], 5], [[6]]]))
