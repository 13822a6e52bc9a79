# Uncaught IndexError: list index out of range.
items = ["a", "b", "c"]
for i in range(len(items)):
    print(i, items[i])
print(items[-3])
print(items[len(items)])
