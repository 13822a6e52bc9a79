# loops: for/while else, break, continue, nested loops
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
i = 0
while i < 3:
    i += 1
else:
    print('while completed', i)
while True:
    i -= 1
    if i == 0:
        break
else:
    print('never printed')
print('after break', i)
result = []
for x in range(10):
    if x % 2:
        continue
    if x > 6:
        break
    result.append(x)
print(result)
found = None
for row in range(3):
    for col in range(3):
        if row * col == 2:
            found = (row, col)
            break
    if found:
        break
print(found)
for i in range(3):
    pass
print(i)
for ch in '':
    print('never')
else:
    print('empty for else')
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(total)
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
