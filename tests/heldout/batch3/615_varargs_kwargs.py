def total(*nums):
    return sum(nums)
print(total(), total(1), total(1, 2, 3))
def show(*args, **kwargs):
    print("args:", args)
    print("kwargs:", sorted(kwargs.items()))
show(1, 2, a=3, b=4)
show()
def wrapper(*a, **k):
    return show(*a, **k)
wrapper("x", key="v")
def head_tail(first, *rest, sep=","):
    return first + sep + sep.join(rest)
print(head_tail("a", "b", "c"), head_tail("a", "b", sep=";"))
def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, e=9))
