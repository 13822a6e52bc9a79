def search(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
search([1, 2, 3], 2)
search([1, 2, 3], 9)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for x in []:
    pass
else:
    print("empty loop else runs")
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
    print("even", count)
