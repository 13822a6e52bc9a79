# sys.float_repr_style, sys.builtin_module_names, os.path.normcase (identity on POSIX).
import sys, os.path, posixpath
print(sys.float_repr_style, "sys" in sys.builtin_module_names, "math" in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
print(os.path.normcase("MiXeD/Path"), posixpath.normcase(""))
try:
    os.path.normcase(3)
except TypeError as e:
    print(e)
