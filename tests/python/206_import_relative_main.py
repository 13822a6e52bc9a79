# A relative import in the main script has no parent package.
import imports.pkg.sub.leaf as leaf
print(leaf.eight(), leaf.util.TAG)
from . import helper
