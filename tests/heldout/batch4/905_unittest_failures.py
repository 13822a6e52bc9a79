# unittest: failures, errors, skips, expected failures, subTest
import unittest, io
class Mixed(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1, 1)
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3], 'lists differ')
    def test_error(self):
        {}['missing']
    @unittest.skip('not today')
    def test_skipped(self):
        pass
    @unittest.skipIf(True, 'condition true')
    def test_skip_if(self):
        pass
    @unittest.expectedFailure
    def test_expected_fail(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    def test_skip_inside(self):
        self.skipTest('skipped at runtime')
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Mixed)
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=2).run(suite)
print('run', result.testsRun)
print('failures', len(result.failures), sorted(t.id().split('.')[-1] for t, _ in result.failures))
print('errors', len(result.errors), [t.id().split('.')[-1] for t, _ in result.errors])
print('skipped', sorted((t.id().split('.')[-1], r) for t, r in result.skipped))
print('expectedFailures', len(result.expectedFailures), 'unexpectedSuccesses', len(result.unexpectedSuccesses))
print('success', result.wasSuccessful())
tb_text = [tb for t, tb in result.failures if 'test_fail' in t.id()][0]
print('AssertionError' in tb_text, 'lists differ' in tb_text)
err_text = result.errors[0][1]
print('KeyError' in err_text)
class Fixture(unittest.TestCase):
    events = []
    @classmethod
    def setUpClass(cls):
        cls.events.append('setUpClass')
    @classmethod
    def tearDownClass(cls):
        cls.events.append('tearDownClass')
    def test_a(self):
        self.events.append('a')
        self.addCleanup(self.events.append, 'cleanup a')
    def test_b(self):
        self.events.append('b')
r2 = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(Fixture))
print(Fixture.events, r2.wasSuccessful())
