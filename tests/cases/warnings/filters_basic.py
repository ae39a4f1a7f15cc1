import sys
import warnings

sys.stderr = sys.stdout
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("ignore")
warnings.simplefilter("error", RuntimeWarning)
warnings.simplefilter("always", UserWarning, lineno=5)
warnings.simplefilter("once", append=True)
for f in warnings.filters:
    print(f)
warnings.simplefilter("ignore")
print(warnings.filters[0], len(warnings.filters))
warnings.simplefilter("once", append=True)
print(len(warnings.filters))
warnings.filterwarnings("module", category=FutureWarning, lineno=3)
print(warnings.filters[0])
warnings.resetwarnings()
for args in [("bogus",), ("ignore", "", Warning, "", -1), ("ignore", 5), ("ignore", "", 3),
             ("ignore", "", int), ("ignore", "", Warning, 7), ("ignore", "", Warning, "", "1")]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print("AssertionError:", e)
for args in [("bogus",), ("ignore", Warning, -2), ("ignore", Warning, "x")]:
    try:
        warnings.simplefilter(*args)
    except AssertionError as e:
        print("AssertionError:", e)
print(warnings.filters)
