# unittest: fixtures, cleanups, skips, expected failures and subTest,
# run verbosely through a runner whose stream is a StringIO.
import io
import re
import sys
import unittest


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass', cls.__name__)
        cls.shared = []

    @classmethod
    def tearDownClass(cls):
        print('tearDownClass', cls.shared)

    def setUp(self):
        print('setUp', self._testMethodName)
        self.addCleanup(print, 'cleanup', self._testMethodName)

    def tearDown(self):
        print('tearDown', self._testMethodName)

    def test_a(self):
        self.shared.append('a')

    def test_b(self):
        """Second test, with a docstring."""
        self.shared.append('b')

    @unittest.skip('not today')
    def test_skipped(self):
        print('never')

    @unittest.skipIf(True, 'condition holds')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'never skipped')
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_x(self):
        pass


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError('no setup')

    def test_never_runs(self):
        print('never')


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError('no class setup')

    def test_y(self):
        print('never')


for verbosity in (1, 2, 0):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules['__main__'])
    result = runner.run(suite)
    print(re.sub(r'in \d+\.\d\d\ds', 'in 0.000s', stream.getvalue()))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
