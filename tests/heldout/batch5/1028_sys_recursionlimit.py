# sys.setrecursionlimit and RecursionError handling
import sys
original = sys.getrecursionlimit()
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
def unbounded(n):
    return unbounded(n + 1) + 1
print(depth(200))
try:
    unbounded(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError), "maximum recursion depth" in str(e))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(depth(3000))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(1000)
except RecursionError:
    print("depth 1000 fails with limit 200")
print(depth(50))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(original)
print(sys.getrecursionlimit() == original)
def count_until_error():
    count = 0
    def rec():
        nonlocal count
        count += 1
        rec()
    try:
        rec()
    except RecursionError:
        pass
    return count
sys.setrecursionlimit(1000)
c = count_until_error()
print(900 < c <= 1000)
def safe_depth(n):
    try:
        return depth(n)
    except RecursionError:
        return "too deep"
print(safe_depth(100), safe_depth(100000))
