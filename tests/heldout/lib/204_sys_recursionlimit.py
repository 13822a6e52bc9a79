import sys
old = sys.getrecursionlimit()
print(isinstance(old, int), old > 0)
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(200))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__)
    print(isinstance(e, RuntimeError))
