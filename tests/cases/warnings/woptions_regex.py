# The -W option parser with message and module parts (escaped regular expressions).
import sys
import warnings

sys.stderr = sys.stdout
warnings.resetwarnings()
for opt in ["ignore", "error::RuntimeWarning", "always:hello:UserWarning:mod:3", "d", "a", "all",
            "m", "o", "e", "i", "", "::DeprecationWarning", "x", "a:b:c:d:e:f", "ignore:::: 7",
            "ignore::::-1", "ignore::::x", "ignore::ValueError", "ignore::NoSuch",
            "ignore::os.NoSuch", "ignore::nosuchmod.W", "ignore::warnings.WarningMessage",
            " error : msg : Warning "]:
    warnings._processoptions([opt])
for a, m, c, mo, l in warnings.filters:
    print(a, m.pattern if m else m, c.__name__, mo.pattern if mo else mo, l)
