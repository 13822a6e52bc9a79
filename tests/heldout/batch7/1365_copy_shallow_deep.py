import copy

config = {"name": "svc", "ports": [80, 443], "meta": {"tags": ["a"], "owner": "ops"}}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
shallow["name"] = "changed"
shallow["ports"].append(8080)
deep["meta"]["tags"].append("deep-only")
print(config)
print(shallow)
print(deep)
print(shallow["meta"] is config["meta"], deep["meta"] is config["meta"])
nums = [1, [2, 3]]
c1 = nums[:]
c2 = list(nums)
c3 = copy.deepcopy(nums)
nums[1].append(4)
print(c1, c2, c3)
shared = [0]
container = [shared, shared]
dc = copy.deepcopy(container)
print(dc[0] is dc[1], dc[0] is shared)
cyc = [1]
cyc.append(cyc)
dcyc = copy.deepcopy(cyc)
print(dcyc[1] is dcyc, dcyc is not cyc)
t = (1, 2, "x")
print(copy.copy(t) == t, copy.deepcopy(t) == t, copy.deepcopy((1, [2]))[1] == [2])


class Document:
    def __init__(self, title, pages):
        self.title = title
        self.pages = pages
        self.cache = {"rendered": True}

    def __copy__(self):
        new = Document(self.title, self.pages)
        new.cache = {}
        return new

    def __deepcopy__(self, memo):
        new = Document(copy.deepcopy(self.title, memo), copy.deepcopy(self.pages, memo))
        new.cache = {"deep": True}
        return new


d = Document("Guide", [["intro"], ["body"]])
d1 = copy.copy(d)
d2 = copy.deepcopy(d)
d.pages[0].append("more")
print(d1.pages, d1.cache, d2.pages, d2.cache)


class Plain:
    def __init__(self):
        self.items = [1]
        self.label = "p"


p = Plain()
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.items.append(2)
print(p2.items, p3.items, p2.label, type(p3).__name__)
s = {1, 2}
fs = frozenset([1])
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(fs) == fs)
