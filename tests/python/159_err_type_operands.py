# TypeError messages for bad operand types, calls and subscripts, then an
# uncaught one for a unary operator.
five, three, none, text = 5, 3, None, "abc"
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (2,), lambda: 1 - "x", lambda: "a" * "b",
    lambda: {} + {}, lambda: None < 1, lambda: [1] < "a", lambda: five(), lambda: none[0],
    lambda: three[1], lambda: len(5), lambda: "x" % 5 if False else "x" / 2, lambda: 2 ** "a",
    lambda: [] - [], lambda: 1 & 1.5, lambda: {1: 2}[[1]], lambda: ~"s", lambda: abs("s"),
    lambda: int([1]), lambda: float({}), lambda: text["1"], lambda: {}.get(),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
print(-"neg")
