# def, parameters, defaults, keyword arguments, return values.
def add(a, b):
    return a + b

def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

def nothing():
    pass

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def apply(f, x):
    return f(x)

print(add(2, 3), add("a", "b"), add([1], [2]))
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
print(nothing(), fact(10), fact(20))
print(apply(fact, 5), apply(len, "four"), apply(str, 12) + "!")

def early(xs):
    for x in xs:
        if x > 2:
            return x
    return -1

print(early([1, 2, 3, 4]), early([]))

def swap(a, b):
    return b, a

print(swap(1, 2))
