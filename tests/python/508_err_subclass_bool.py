# bool cannot be subclassed; the error comes from the class statement.
class L(list):
    pass


print(L([1]) + [2])


class B(bool):
    pass
