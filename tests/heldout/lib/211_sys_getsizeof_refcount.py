import sys
print(isinstance(sys.getsizeof(0), int))
print(sys.getsizeof([1, 2, 3, 4, 5]) > sys.getsizeof([]))
print(sys.getsizeof("") > 0)
x = object()
print(sys.getrefcount(x) >= 1)
print(callable(sys.getrefcount))
print(sys.getsizeof(b"abc", -1) > 0)
