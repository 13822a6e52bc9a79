# Two builtin bases with different layouts cannot be combined.
class I(int):
    pass


print(I(3) + 1)


class X(I, str):
    pass
