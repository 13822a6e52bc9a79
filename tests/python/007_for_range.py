# for loops over ranges, lists and strings.
for i in range(3):
    print("range1", i)
print(list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), range(5), range(1, 9, 2))
for ch in "abc":
    print(ch, end=" ")
print()
for x in [10, 20, 30]:
    if x == 20:
        continue
    print("item", x)
for i in range(2):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
for k in range(4):
    if k == 10:
        break
else:
    print("for-else ran")
print(len(range(0, 100, 7)), 5 in range(10), range(10)[-1])
squares = []
for n in range(1, 6):
    squares.append(n * n)
print(squares, sum(squares))
for i, c in enumerate("xyz"):
    print(i, c)
