# Uncaught NameError for a misspelled variable.
total = 10
for i in range(3):
    total += i
print("total is", total)
print("half is", totl / 2)
