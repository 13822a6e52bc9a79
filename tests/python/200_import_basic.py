# import forms: plain, dotted, as, from-import, packages, relative imports,
# sys.modules caching and __name__.
import sys
print(__name__)
import imports.helper
import imports.helper as h2
from imports.helper import greet, VALUE as V, Counter
print(imports.helper.VALUE, h2 is imports.helper, V, greet("world"))
c = Counter()
c.bump()
print(c.bump(), type(c).__name__)
print("imports.helper" in sys.modules, sys.modules["imports.helper"] is h2)
import imports.pkg
print(imports.pkg.double(21), imports.pkg.PKG_CONST, imports.pkg.util.quad(3))
from imports.pkg.sub import leaf
print(leaf.NAME, leaf.eight())
import imports.pkg.sub.leaf as lf
print(lf is leaf, imports.pkg.sub.leaf is leaf)
from imports.pkg import core, util
print(core.double("ab"), util.TAG)
print(h2.__name__, type(h2).__name__)
print(repr(h2).startswith("<module 'imports.helper' from '"), repr(h2).endswith("imports/helper.py'>"))
print(h2.__file__.endswith("/tests/python/imports/helper.py"))
print(repr(sys))
h2.NEW = 7
print(imports.helper.NEW)


def inner():
    import imports.pkg.core as pc
    from imports.helper import VALUE
    return pc.double(VALUE)


print(inner())
