import sys
import os
print(type(sys.argv).__name__)
print(len(sys.argv) >= 1)
print(os.path.basename(sys.argv[0]))
print(sys.argv[0].endswith(".py"))
print(all(isinstance(a, str) for a in sys.argv))
args = sys.argv[1:]
print(args)
print(sys.orig_argv[-1].endswith(".py") if hasattr(sys, "orig_argv") else True)
