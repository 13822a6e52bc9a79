# Arithmetic and comparisons over ints, floats and bools at the edges (sign, overflow, exactness)
# gc-stress: 500
vals = [0, 1, -1, 7, -7, 2, -2, 3, 63, 64, 100, 2**53, -2**53, 2**53 + 1, 2**62, -2**63, 2**63 - 1, 0.0, -0.0, 1.5, -2.5, 1e308, float('inf'), float('nan'), 3.0, True]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b), ('/', lambda a, b: a / b),
       ('//', lambda a, b: a // b), ('%', lambda a, b: a % b), ('<<', lambda a, b: a << b), ('>>', lambda a, b: a >> b),
       ('&', lambda a, b: a & b), ('|', lambda a, b: a | b), ('^', lambda a, b: a ^ b), ('<', lambda a, b: a < b),
       ('<=', lambda a, b: a <= b), ('>', lambda a, b: a > b), ('>=', lambda a, b: a >= b), ('==', lambda a, b: a == b),
       ('!=', lambda a, b: a != b)]
for a in vals:
    for b in vals:
        for name, f in ops:
            try:
                r = f(a, b)
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            print(repr(a), name, repr(b), '=', repr(r))
