# The builtins module: its attributes are the builtin functions, types and exceptions
import builtins
print(builtins.len([1, 2]), builtins.print is print, builtins.__name__, hasattr(builtins, 'ValueError'), builtins.int('7'))
import builtins as b
print(b.max(3, 4), b.sorted('cba'), b.isinstance(1, b.int))
