# The -W option parser (sys.warnoptions are processed at import); options without
# message or module parts.
import sys
import warnings

sys.stderr = sys.stdout
warnings.resetwarnings()
for opt in ["ignore", "error::RuntimeWarning", "always::UserWarning::3", "d", "a", "all",
            "m", "o", "e", "i", "", "::DeprecationWarning", "x", "a:b:c:d:e:f", "ignore:::: 7",
            "ignore::::-1", "ignore::::x", "ignore::ValueError", "ignore::NoSuch",
            "ignore::os.NoSuch", "ignore::nosuchmod.W", "ignore::warnings.WarningMessage",
            " error :  : Warning ", "module::warnings.Warning"]:
    warnings._processoptions([opt])
for a, m, c, mo, l in warnings.filters:
    print(a, m, c.__name__, mo, l)
