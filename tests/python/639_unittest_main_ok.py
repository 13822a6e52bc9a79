# unittest: main(exit=False) with all tests passing, -v from argv, and
# loading selected tests by name.
import io
import re
import sys
import unittest


class Numbers(unittest.TestCase):
    def test_one(self):
        self.assertEqual(int('1'), 1)

    def test_two(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    def helper(self):
        raise AssertionError('not a test')


class More(unittest.TestCase):
    def test_three(self):
        with self.assertRaises(ZeroDivisionError):
            1 // 0


def run(argv, **kw):
    stream = io.StringIO()
    prog = unittest.main(argv=argv, exit=False, testRunner=unittest.TextTestRunner(stream=stream, **kw))
    print(re.sub(r'in \d+\.\d\d\ds', 'in 0.000s', stream.getvalue()))
    return prog.result


r = run(['prog'])
print(r.testsRun, r.wasSuccessful())
run(['prog', 'Numbers'], verbosity=2)
run(['prog', 'More.test_three', 'Numbers.test_one'], verbosity=2)
print(unittest.TestLoader().getTestCaseNames(Numbers))
suite = unittest.TestSuite([Numbers('test_one'), More('test_three')])
print(suite.countTestCases())
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, result.wasSuccessful(), result)
