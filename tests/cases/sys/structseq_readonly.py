import sys, time, os
for obj, field in ((sys.flags, "debug"), (time.localtime(0), "tm_year"), (os.stat("."), "st_size"),
                   (sys.float_info, "max"), (sys.version_info, "major")):
    try:
        setattr(obj, field, 1)
    except AttributeError as e:
        print(type(obj).__name__, "AttributeError:", e)
    try:
        obj.brand_new = 1
    except AttributeError as e:
        print(type(obj).__name__, "new attribute:", type(e).__name__)
print(sys.flags.debug, time.localtime(0).tm_year > 1960)
vi = sys.version_info
print(vi >= (3, 8), vi[:2], vi.major, vi.minor, vi.releaselevel, type(vi).__name__, len(vi))
print(isinstance(vi, tuple), vi.major == vi[0])
