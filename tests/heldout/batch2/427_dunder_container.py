class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __len__(self):
        return len(self._items)
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return reversed(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
s = Stack()
for ch in "abc":
    s.push(ch)
print(s, len(s), "b" in s, "z" in s, list(s), s.peek())
print(s.pop(), s.pop(), s.pop(), bool(s))
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
def balanced(text):
    st = Stack()
    pairs = {")": "(", "]": "[", "}": "{"}
    for c in text:
        if c in "([{":
            st.push(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return len(st) == 0
print([balanced(t) for t in ["([]{})", "([)]", "((", ""]])
