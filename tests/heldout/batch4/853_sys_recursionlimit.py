# sys.getrecursionlimit / setrecursionlimit
import sys
old = sys.getrecursionlimit()
print(type(old).__name__, old >= 100)
def depth(n):
    return n if n == 0 else depth(n - 1)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(depth(3000))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(1000)
except RecursionError as e:
    print(type(e).__name__, str(e).startswith('maximum recursion depth exceeded'))
print(depth(50))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
def tail(k, acc=0):
    return acc if k == 0 else tail(k - 1, acc + k)
print(tail(150))
