# Mutual recursion that never ends: RecursionError traceback folding.
import sys
sys.setrecursionlimit(300)
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(100), is_odd(7))
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("caught:", e)
ping(0)
