# unittest: main() runs the TestCase classes of __main__, prints CPython's
# report on stderr and exits with 1 on failures.  The stream wrapper only
# replaces the measured time in "Ran N tests in T.TTTs" (CPython's too).
import re
import sys
import unittest


class TimeFreeStderr:
    def write(self, s):
        sys.stderr.write(re.sub(r'in \d+\.\d\d\ds', 'in 0.000s', s))

    def flush(self):
        sys.stderr.flush()


def helper(x):
    return 10 // x


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fail_equal(self):
        self.assertEqual(1 + 1, 3)

    def test_error(self):
        helper(0)

    def test_fail_message(self):
        self.assertTrue(0, 'zero is falsy')

    def test_in(self):
        self.assertIn(3, [1, 2, 3])


class Strings(unittest.TestCase):
    def test_upper(self):
        """Upper-casing works."""
        self.assertEqual('abc'.upper(), 'ABC')

    def test_chained(self):
        try:
            {}['k']
        except KeyError:
            raise ValueError('bad key')

    def test_is_none(self):
        self.assertIsNone(5)


unittest.main(testRunner=unittest.TextTestRunner(stream=TimeFreeStderr()))
