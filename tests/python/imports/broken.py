X = 1


def explode(n):
    return {"a": 1}[n]


explode("missing")
