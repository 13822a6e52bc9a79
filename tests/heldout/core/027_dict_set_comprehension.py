print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(sorted({x % 4 for x in range(20)}))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print({c: "abcabc".count(c) for c in "abcabc"})
print({(i, j): i * j for i in range(2) for j in range(2)})
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
