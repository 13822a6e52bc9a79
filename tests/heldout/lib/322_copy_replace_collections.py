import copy
from collections import OrderedDict, defaultdict, deque
od = OrderedDict([("a", [1])])
od2 = copy.deepcopy(od)
od2["a"].append(2)
print(od, od2, type(od2).__name__)
dd = defaultdict(list, {"k": [1]})
dd2 = copy.copy(dd)
dd2["k"].append(2)
dd2["new"]
print(sorted(dd.items()), sorted(dd2.items()), dd2.default_factory is list)
dq = deque([[1], [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq2[0].append(9)
print(dq, dq2)
s = {1, 2, 3}
print(sorted(copy.copy(s)), copy.copy(s) is s)
