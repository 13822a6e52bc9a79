# for/while with else, break, continue
def find_prime_factor(n):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            result = f"{n} divisible by {d}"
            break
    else:
        result = f"{n} is prime"
    return result
print([find_prime_factor(n) for n in (15, 17, 49, 2)])
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n =", n)
else:
    print("while finished normally")
i = 10
while i > 0:
    i -= 3
    if i == 4:
        print("breaking at", i)
        break
else:
    print("not printed")
for ch in "":
    print("never")
else:
    print("empty loop else")
grid = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 99:
            break
    else:
        continue
    print("found at", r, c)
    break
total = 0
for x in range(100):
    if x % 2:
        continue
    if x > 10:
        break
    total += x
print("total", total)
for i in range(3):
    pass
print("loop var after loop:", i)
for idx, (a, b) in enumerate(zip("abc", [1, 2, 3]), start=1):
    print(idx, a * b, end="; ")
print()
data = [1, 2, 3, 4]
for x in data[:]:
    if x % 2 == 0:
        data.remove(x)
print(data)
