# if / elif / else, while with break / continue / else.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in [-5, 0, 3, 42]:
    print(v, classify(v))

i = 0
total = 0
while i < 20:
    i += 1
    if i % 2 == 0:
        continue
    if i > 15:
        break
    total += i
print("total", total, "i", i)

n = 5
while n > 0:
    n -= 1
else:
    print("while-else ran, n =", n)

while True:
    n += 1
    if n == 3:
        break
else:
    print("not printed")
print("done", n)
if 0: print("no")
elif 1: print("one-line elif")
