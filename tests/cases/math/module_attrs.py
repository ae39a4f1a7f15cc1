import math
names = ["acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "comb", "copysign",
         "cos", "cosh", "degrees", "dist", "e", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "factorial",
         "floor", "fmod", "frexp", "fsum", "gamma", "gcd", "hypot", "inf", "isclose", "isfinite", "isinf",
         "isnan", "isqrt", "lcm", "ldexp", "lgamma", "log", "log10", "log1p", "log2", "modf", "nan",
         "nextafter", "perm", "pi", "pow", "prod", "radians", "remainder", "sin", "sinh", "sqrt", "sumprod",
         "tan", "tanh", "tau", "trunc", "ulp"]
print(all(hasattr(math, n) for n in names), math.__name__)
print(math.sqrt.__name__, callable(math.fsum))
from math import pi, sqrt as s
print(s(pi * pi) == pi)
