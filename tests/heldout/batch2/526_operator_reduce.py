import operator, functools, itertools
nums = [3, 5, 2, 8]
print(functools.reduce(operator.mul, nums), functools.reduce(operator.or_, [1, 2, 4]), functools.reduce(max, nums))
print(list(itertools.accumulate(nums, operator.sub)), list(map(operator.mul, nums, nums)))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(float(tok))
    return st[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * /"))
get_xy = operator.itemgetter("x", "y")
print(sorted([{"x": 2, "y": 1}, {"x": 1, "y": 5}], key=get_xy))
print(operator.length_hint([1, 2, 3]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
