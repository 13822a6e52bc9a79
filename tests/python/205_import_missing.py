# Uncaught ModuleNotFoundError.
import imports.helper
from imports.pkg import nothing_here
