# Uncaught KeyError with a tuple key inside a nested call.
inventory = {("apple", "red"): 3, ("pear", "green"): 1}
def count(kind, color):
    return inventory[kind, color]
print(count("apple", "red"))
for k in ("x", 1, (1, 2), None, ""):
    try:
        {}[k]
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
count("apple", "green")
