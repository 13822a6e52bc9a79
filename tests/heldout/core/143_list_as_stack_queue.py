stack = []
for c in "abc":
    stack.append(c)
print(stack.pop(), stack.pop(), stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["([]{})", "([)]", "((", ""]:
    print(repr(s), balanced(s))
q = [1, 2, 3]
q.append(4)
print(q.pop(0), q)
