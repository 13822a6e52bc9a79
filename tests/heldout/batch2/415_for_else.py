def find_first_div(nums, d):
    for n in nums:
        if n % d == 0:
            print("found", n)
            break
    else:
        print("none divisible by", d)
find_first_div([3, 5, 7, 10], 5)
find_first_div([3, 7], 2)
for n in range(2, 20):
    for k in range(2, n):
        if n % k == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 10:
        break
    print("i", i)
else:
    print("while finished normally")
for x in []:
    pass
else:
    print("empty loop else")
