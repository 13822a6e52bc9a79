import copy
orig = {"a": [1, 2], "b": {"c": [3]}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["a"].append(99)
orig["b"]["c"].append(100)
print(sh)
print(dp)
print(sh is orig, sh["a"] is orig["a"], dp["a"] is orig["a"])
lst = [[0] * 2] * 2
lst[0][0] = 5
print(lst)
d2 = copy.deepcopy(lst)
print(d2[0] is d2[1])
