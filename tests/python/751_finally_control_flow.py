# break/continue/return in a finally run by a return drop the pending return value; float ** int is C pow
def cont():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(cont())

def brk():
    for i in range(3):
        try:
            return i
        finally:
            break
    return "broke"
print(brk())

def nested_return():
    for x in [1, 2]:
        for y in [3]:
            try:
                return 1
            finally:
                return 2
print(nested_return())

def two_finallies():
    out = []
    for i in range(4):
        try:
            try:
                return i
            finally:
                out.append(i)
        finally:
            if i < 2:
                continue
    return out
print(two_finallies())

def with_in_finally():
    while True:
        try:
            return "a"
        finally:
            with open(__file__) as f:
                break
    return "after with"
print(with_in_finally())

def gen():
    for i in range(3):
        try:
            yield i
            return
        finally:
            if i < 2:
                continue
print(list(gen()))

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())

def loop_many():
    total = 0
    for i in range(1000):
        try:
            return i
        finally:
            total += i
            if i < 999:
                continue
    return total
print(loop_many())

print(0.1 ** 10, 1.1 ** 100, 3.0 ** -5, (-2.0) ** 3, 2 ** -1, 10 ** -3, 1.5 ** -2, 0.5 ** 1074)
print(repr(0.1 ** 10), (0.1 ** 10).hex(), 7.0 ** 23, 1.0000001 ** 1000000)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
