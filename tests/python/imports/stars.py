PUBLIC = 1
_private = 2


def shout(s):
    return s.upper() + "!"
