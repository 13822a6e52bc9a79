"""Functions to convert between Python values and C structs.

Pyrite: the functions and `error` come from the built-in `_struct`
(interpreter-spec/src/struct_mod.rs); `Struct` is a Python class over
them, so errors raised through its methods show one more traceback
frame than CPython's.
"""

from _struct import pack, unpack, calcsize, pack_into, unpack_from, iter_unpack, error

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        self.size = calcsize(format)
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)


Struct.__module__ = '_struct'
