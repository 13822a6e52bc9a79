# IndexError messages for each sequence type, then an uncaught one from a
# string index.
for seq in ([1], (1,), "a", range(1)):
    try:
        seq[5]
    except IndexError as e:
        print(type(seq).__name__, "IndexError:", e)
try:
    [][0] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del [1][3]
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
word = "pyrite"
print(word[-6], word[5])
print(word[len(word)])
