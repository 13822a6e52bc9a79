# Smaller 3.11 features: starred items in subscripts (PEP 646),
# zip(strict=True), object.__hash__ re-exported next to __eq__,
# nonlocal through two levels, global from a nested function.
class M:
    def __getitem__(self, k):
        return k


m = M()
idx = (1, 2)
print(m[*idx], m[0, *idx], m[*idx, 3], m[*[], 9], m[1:2, *idx])
print(list(zip([1, 2], "ab", strict=True)))
for args in [([1, 2], "a"), ([1], "ab"), ([1], [2], [3, 4]), ([1, 2], [3, 4], [5])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)


class A:
    def __eq__(self, o):
        return isinstance(o, A)

    __hash__ = object.__hash__


a = A()
print(a == A(), len({a, A()}), hash(a) == hash(a), A.__hash__ is object.__hash__)


def outer():
    x = 1

    def mid():
        def inner():
            nonlocal x
            x += 1

        inner()
        inner()
        return x

    return mid()


def setter():
    def inner():
        global created
        created = "yes"

    inner()


setter()
print(outer(), created)
