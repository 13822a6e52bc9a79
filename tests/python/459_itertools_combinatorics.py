# itertools.product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [0, 1])))
print(list(product([1, 2], repeat=2)))
print(list(product()), list(product("ab", [])))
print(list(permutations("abc")))
print(list(permutations(range(4), 2))[:6], len(list(permutations(range(5), 3))))
print(list(permutations("ab", 3)), list(permutations([], 0)))
print(list(combinations("ABCD", 2)))
print(list(combinations(range(5), 4)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("ABC", 2)))
print(len(list(combinations_with_replacement(range(4), 3))), list(combinations_with_replacement("", 2)))
for f, args in [(permutations, ("abc", -1)), (combinations, ("abc", -2)), (product, ("ab",))]:
    try:
        f(*args, repeat=-1) if f is product else f(*args)
    except ValueError as e:
        print("ValueError:", e)
