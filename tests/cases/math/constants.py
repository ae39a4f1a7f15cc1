import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.tau == 2 * math.pi, math.nan == math.nan)
