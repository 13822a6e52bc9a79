"""Python unit testing framework (CPython 3.11's `unittest`, for Pyrite).

Written for Pyrite: TestCase with fixtures, the common assertions,
skipping and expected failures, subTest, loading TestCase classes from a
module, TextTestRunner with CPython's output format, and main().  The
runner's tracebacks hide this package's frames, as CPython's do.
Not done: assertEqual's diffs for containers and multi-line strings
(only the first line, `a != b`, is produced), assertWarns/assertLogs,
async tests, mocks, discovery of test files, command-line options other
than -v and -q.
"""

from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure)
from .suite import TestSuite
from .loader import TestLoader, defaultTestLoader
from .runner import TestResult, TextTestResult, TextTestRunner
from .program import TestProgram, main

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip',
           'skipIf', 'skipUnless', 'expectedFailure', 'TextTestResult', 'TestProgram']
