# UnboundLocalError: a local read before assignment shadows the global.
total = 10
def ok():
    return total + 1
def broken():
    print("start")
    total += 1
    return total
print(ok())
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
conditional(False)
