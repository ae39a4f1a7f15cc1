import unittest, io, sys


class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)
        self.assertIn('a', 'abc')
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    @unittest.skip('not now')
    def test_skip(self):
        pass

    def test_sub(self):
        for i in range(2):
            with self.subTest(i=i):
                self.assertTrue(i >= 0)


stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(T)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.skipped), result.wasSuccessful())
out = stream.getvalue()
print('\n'.join(l for l in out.splitlines() if not l.startswith('Ran ') and 'File "' not in l))
