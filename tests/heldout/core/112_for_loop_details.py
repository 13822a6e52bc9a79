lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
for i in range(3):
    i = i * 10
    print(i, end=" ")
print()
d = {"a": 1, "b": 2}
for k in d:
    print(k, d[k])
for k, v in sorted(d.items(), reverse=True):
    print(k, v)
for a, *b in [(1, 2, 3), (4, 5)]:
    print(a, b)
total = 0
for ch in "12345":
    total += int(ch)
print(total)
nested = [[1, 2], [3, 4]]
for row in nested:
    for v in row:
        print(v, end=",")
print()
for _ in range(2):
    print("underscore")
