# unittest: run a TestCase with a runner writing to a StringIO
import unittest, io
def add(a, b):
    return a + b
class TestAdd(unittest.TestCase):
    def setUp(self):
        self.log = ['setup']
    def tearDown(self):
        self.log.append('teardown')
    def test_ints(self):
        self.assertEqual(add(2, 3), 5)
    def test_strings(self):
        self.assertEqual(add('a', 'b'), 'ab')
    def test_floats(self):
        self.assertAlmostEqual(add(0.1, 0.2), 0.3)
    def test_raises(self):
        with self.assertRaises(TypeError):
            add(1, 'x')
    def test_misc_asserts(self):
        self.assertTrue(add(1, 1) == 2)
        self.assertFalse(add(0, 0))
        self.assertIn(3, [add(1, 2)])
        self.assertIsNone(None)
        self.assertIsInstance(add(1, 2), int)
        self.assertGreater(add(5, 5), 9)
        self.assertListEqual([add(1, 1)], [2])
        self.assertDictEqual({'k': add(1, 0)}, {'k': 1})
        self.assertRegex('abc123', r'\d+')
        self.assertCountEqual([1, 2, 3], [3, 2, 1])
suite = unittest.TestLoader().loadTestsFromTestCase(TestAdd)
print('count', suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
print(sorted(unittest.TestLoader().getTestCaseNames(TestAdd)))
out = stream.getvalue()
print('OK' in out, 'Ran 5 tests' in out)
