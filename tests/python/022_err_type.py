# Uncaught TypeError for bad operand types.
def describe(count):
    return "count: " + count

print(describe("3"))
print(1 + 1)
print(describe(3))
