# Default argument values are evaluated once.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(ident=next_id()):
    return ident
print(make(), make(), make(10), counter)
def cache(key, store={}):
    store[key] = store.get(key, 0) + 1
    return dict(store)
print(cache("a"), cache("b"), cache("a"))
print(append_to.__defaults__, make.__defaults__, cache.__defaults__)
def kwonly(*, opts={}):
    opts.setdefault("n", 0)
    opts["n"] += 1
    return opts["n"]
print(kwonly(), kwonly(), kwonly(opts={}))
