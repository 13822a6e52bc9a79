# Class docstrings: __doc__ comes from the first statement of the class body,
# is None without one, and is never inherited.

class Account:
    """A bank account."""
    rate = 3

class Savings(Account):
    pass

class Checking(Account):
    "Checking: single-quoted docstring."

class NotDoc:
    x = 1
    "not a docstring: not the first statement"

def helper():
    """Helper function."""

class Outer:
    """Outer."""
    class Inner:
        """Inner."""

print(Account.__doc__)
print(Savings.__doc__)
print(Checking.__doc__)
print(NotDoc.__doc__)
print(Account().__doc__, Savings().__doc__)
print(helper.__doc__)
print(Outer.__doc__, Outer.Inner.__doc__)
print("__doc__" in vars(Account), "__doc__" in vars(Savings))
print(type("Dyn", (), {}).__doc__, type("Dyn2", (), {"__doc__": "given"}).__doc__)
Savings.__doc__ = "set later"
print(Savings.__doc__, Account.__doc__)
