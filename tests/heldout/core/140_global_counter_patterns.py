counter = 0
def increment(by=1):
    global counter
    counter += by
    return counter
for _ in range(3):
    increment()
increment(10)
print(counter)
def make_acc():
    total = [0]
    def add(v):
        total[0] += v
        return total[0]
    return add
acc = make_acc()
print(acc(1), acc(2), acc(3))
def gen_ids(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return f"{prefix}-{n:03d}"
    return next_id
ids = gen_ids("X")
print(ids(), ids(), gen_ids("Y")())
print(globals()["counter"], "increment" in globals())
exec("counter = 500")
print(counter)
