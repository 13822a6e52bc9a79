# Uncaught ZeroDivisionError raised two frames deep.
def average(xs):
    return sum(xs) // len(xs)

def report(xs):
    print("values:", xs)
    return average(xs)

print(report([1, 2, 3]))
print(report([]))
print("unreachable")
