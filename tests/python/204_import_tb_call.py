# A traceback through a function defined in an imported module.
from imports.pkg import core
print(core.double(4))
print(core.fail(0))
