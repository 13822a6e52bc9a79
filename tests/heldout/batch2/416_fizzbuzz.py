def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        s = ""
        if i % 3 == 0:
            s += "Fizz"
        if i % 5 == 0:
            s += "Buzz"
        out.append(s or str(i))
    return out
print(" ".join(fizzbuzz(20)))
rules = [(3, "Fizz"), (5, "Buzz"), (7, "Bazz")]
print(",".join("".join(w for d, w in rules if i % d == 0) or str(i) for i in range(100, 106)))
print(sum(1 for w in fizzbuzz(100) if w == "FizzBuzz"))
