# print(): sep and end (including None and empty strings), several
# arguments of mixed types, no arguments, and its TypeErrors.
print()
print("a", "b", "c", sep="")
print("a", "b", sep=None, end=None)
print(1, 2.5, None, True, [1], (2,), {3: 4}, {5}, sep=" | ")
print("no newline", end="")
print(" -- continued", end="!\n")
print(*range(5), sep=", ", end=".\n")
print("x", sep="\t", end="\n\n")
print(*"spread")
try:
    print("bad", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("bad", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("bad", color="red")
except TypeError as e:
    print("TypeError:", e)
