# An uncaught error raised by a property read for a class pattern.
class P:
    __match_args__ = ("x",)
    @property
    def x(self):
        return 1 / 0
match P():
    case P(1):
        pass
