"""Module docstring here."""
def documented():
    """First line.

    More detail.
    """
class K:
    """Class doc."""
    def m(self):
        "method doc"
print(__doc__)
print(repr(documented.__doc__))
print(K.__doc__, K.m.__doc__, K().m.__doc__)
import inspect
print(repr(inspect.getdoc(documented)))
def nod():
    x = 1
    """not a docstring"""
print(nod.__doc__)
