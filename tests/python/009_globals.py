# Global variables read and written from functions.
counter = 0
LIMIT = 3
names = []

def bump():
    global counter
    counter += 1
    return counter

def register(name):
    names.append(name)
    return len(names) <= LIMIT

def shadow():
    counter = 99
    return counter

for n in ["a", "b", "c", "d"]:
    print(n, register(n), bump())
print(counter, shadow(), counter, names)

def uses_later():
    return later_defined * 2

later_defined = 21
print(uses_later())
