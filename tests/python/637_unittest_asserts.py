# unittest: the assertion methods and their messages, caught and printed.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
checks = [
    lambda: t.assertEqual(1, 2),
    lambda: t.assertEqual(1, 2, 'custom'),
    lambda: t.assertEqual(None, 0),
    lambda: t.assertNotEqual(3, 3),
    lambda: t.assertTrue([]),
    lambda: t.assertFalse('x'),
    lambda: t.assertIs(1, None),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(0),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(4, (1, 2)),
    lambda: t.assertNotIn('a', 'abc'),
    lambda: t.assertIsInstance(1, str),
    lambda: t.assertNotIsInstance(1, int),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(2, 1),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.00000001),
    lambda: t.assertAlmostEqual(1.0, 1.5, places=1),
    lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.25),
    lambda: t.assertAlmostEqual(1.0, 1.2, delta=0.25),
    lambda: t.assertAlmostEqual(1.0, 1.2, places=1, delta=0.25),
    lambda: t.assertNotAlmostEqual(1.0, 1.00000001),
    lambda: t.assertRegex('hello', 'h.z'),
    lambda: t.assertNotRegex('hello', 'l+'),
    lambda: t.assertCountEqual([1, 2, 2], [2, 1, 2]),
    lambda: t.assertCountEqual([1, 2, 2], [2, 1, 3]),
    lambda: t.fail('stop'),
    lambda: t.assertRaises(ValueError, int, '12'),
    lambda: t.assertRaises(ValueError, int, 'x'),
    lambda: t.assertRaisesRegex(ValueError, 'base 10', int, 'x'),
    lambda: t.assertRaisesRegex(ValueError, 'base 16', int, 'x'),
    lambda: t.assertRaises(KeyError, int, 'x'),
    lambda: t.assertRaises('x'),
]
for c in checks:
    try:
        print('ok', c())
    except AssertionError as e:
        print('AssertionError:', e)
    except Exception as e:
        print(type(e).__name__ + ':', e)

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
try:
    with t.assertRaises(ZeroDivisionError):
        pass
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertRaises((KeyError, IndexError), msg='lookup'):
        pass
except AssertionError as e:
    print('AssertionError:', e)
with t.assertRaisesRegex(KeyError, "'k'") as cm:
    {}['k']
print(repr(cm.exception))
t.longMessage = False
try:
    t.assertEqual(1, 2, 'short')
except AssertionError as e:
    print('AssertionError:', e)
print(str(t), repr(t), t.id(), t.countTestCases(), t.shortDescription())
