# An uncaught exception raised while importing a module: the traceback
# goes through the module's file.
import imports.helper
print("before")
import imports.broken
print("not reached")
