# builtins module, keyword module, shadowing builtins
import builtins, keyword
print(builtins.len is len, builtins.print is print, 'open' in dir(builtins), isinstance(builtins.__dict__, dict))
print(keyword.iskeyword('for'), keyword.iskeyword('print'), keyword.iskeyword('match'), keyword.issoftkeyword('match'))
print(len(keyword.kwlist) > 30, 'async' in keyword.kwlist, sorted(keyword.softkwlist))
def shadow_demo():
    len = lambda x: 'shadowed'
    return len([1, 2])
print(shadow_demo(), len([1, 2]))
list = 'not a list anymore'
print(list, builtins.list('ab'))
del list
print(list('xy'))
original_abs = builtins.abs
builtins.abs = lambda x: 'patched'
print(abs(-5))
builtins.abs = original_abs
print(abs(-5))
builtins.my_global_helper = lambda: 'injected'
print(my_global_helper())
del builtins.my_global_helper
try:
    my_global_helper()
except NameError as e:
    print(type(e).__name__, e)
print(type(__builtins__).__name__ in ('module', 'dict'))
names = [n for n in dir(builtins) if n.endswith('Error') and n[0] in 'IKZ']
print(sorted(names))
print(callable(builtins.__import__), builtins.sum([1, 2]), getattr(builtins, 'max')(3, 7))
try:
    undefined_name_xyz
except NameError as e:
    print(type(e).__name__, e)
