def greet(name: str, punct: str = "!") -> str:
    """Return a greeting."""
    return f"Hello {name}{punct}"
print(greet.__name__, greet.__doc__, greet.__defaults__)
print(greet.__annotations__)
print(greet.__code__.co_varnames, greet.__code__.co_argcount)
greet.custom = "attached"
print(greet.custom, sorted(k for k in greet.__dict__))
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__qualname__)
class C:
    def method(self): pass
print(C.method.__qualname__, C().method.__name__, C().method.__func__ is C.method)
def nodoc(): pass
print(nodoc.__doc__, greet.__kwdefaults__, (lambda *, k=1: k).__kwdefaults__)
print(greet.__module__)
