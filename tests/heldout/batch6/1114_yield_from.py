def inner(n):
    for i in range(n):
        received = yield i
        if received:
            print("inner received", received)
    return f"inner({n}) done"


def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    return "outer done"


g = outer()
print(next(g))
print(g.send("hello"))
for v in g:
    print("value", v)


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, (4, 5)], []], 6, [[[7]]]])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], range(3), {"k": 1})))


def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        print("sub caught KeyError")
        yield "after-keyerror"
    finally:
        print("sub finally")


def delegator():
    yield from sub()
    yield "delegator-end"


g = delegator()
print(next(g))
print(g.throw(KeyError()))
print(next(g))
g.close()

g = delegator()
next(g)
g.close()
print("closed delegator")


def tree(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for c in children:
        yield from tree(c, depth + 1)


t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("deep", [])])])])
print("\n".join(tree(t)))


def gen_result():
    x = yield from iter([1, 2])
    return x


g = gen_result()
print(list(g))
