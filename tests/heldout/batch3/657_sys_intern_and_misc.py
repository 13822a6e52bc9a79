import sys
a = sys.intern("hello world " * 3)
b = sys.intern("hello world " * 3)
print(a is b, a == b)
print(sys.getsizeof([]) > 0, sys.getsizeof(0) > 0)
print(isinstance(sys.stdin, object), hasattr(sys.stdout, "write"))
sys.my_attr = 5
print(getattr(sys, "my_attr"))
def hook(v):
    if v is not None:
        print("displayhook saw", v)
sys.displayhook = hook
sys.displayhook(42)
sys.displayhook(None)
print(sys.__name__, type(sys).__name__)
