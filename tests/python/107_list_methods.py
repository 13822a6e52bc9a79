# list methods, including their errors.
a = [3, 1, 4]
a.append(1); a.extend((5, 9)); a.insert(0, 2); a.insert(-1, 6); a.insert(100, 7)
print(a, a.count(1), a.index(4), a.index(1, 3))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
b = a.copy(); b.reverse(); print(a, b, a is b)
a.sort(); print(a); a.sort(reverse=True); print(a)
a.clear(); print(a, len(a))
c = [1, 2]; c += [3]; c *= 2; print(c, [0] * 3, [[]] * 2)
c.extend(range(2)); c.extend("ab"); print(c)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [] < [0])
for bad in ("pop_empty", "index", "remove", "pop_range"):
    try:
        if bad == "pop_empty":
            [].pop()
        elif bad == "index":
            [1].index(5)
        elif bad == "remove":
            [1].remove(5)
        else:
            [1].pop(3)
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
