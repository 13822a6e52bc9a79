print(any([]), all([]))
print(any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, -1]))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(x) for x in [0, 1, 2]))
print(all(noisy(x) for x in [1, 0, 2]))
print(all(c.isalpha() for c in "abc"), any(c.isdigit() for c in "abc"))
