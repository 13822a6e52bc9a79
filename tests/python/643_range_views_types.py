# range attributes and methods; dict key/item views compare as sets; the
# classes of views and builtin iterators have CPython's names.
r = range(10, 0, -3)
print(r.start, r.stop, r.step, list(r), r.index(7), r.count(4), r.count(5), r.index(True - 0) if 1 in r else None)
print(range(5).start, range(2, 8).stop, range(3).step, range(0, 20, 5).index(15))
for bad in (5, 'x', 2.5):
    try:
        r.index(bad)
    except ValueError as e:
        print('ValueError:', e)
print(range(0, 10, 2)[::-1], range(1, 3) == range(1, 3, 1))

d = {'a': 1, 'b': 2}
e = {'b': 2, 'a': 1}
print(d.keys() == {'a', 'b'}, {'a', 'b'} == d.keys(), d.keys() == e.keys(), d.keys() != {'a'})
print(d.items() == {('a', 1), ('b', 2)}, d.items() == e.items(), d.items() == {('a', 2), ('b', 2)})
print(d.values() == e.values(), d.keys() <= {'a', 'b', 'c'}, d.keys() > {'a'}, d.keys() == frozenset('ab'))
for obj in (d.keys(), d.values(), d.items(), iter(d), iter(d.values()), iter(d.items()), iter([]),
            iter(()), iter('ab'), iter(range(3)), iter(b'x'), iter(bytearray(b'x')), iter({1})):
    print(type(obj).__name__)
print(type(iter(d.keys())) is type(iter(d)), type(d.keys()) is type({}.keys()))
