# circular partner whose LATE name is defined after the import of _cyc_y
print("x: start")
import _cyc_y
LATE = "late value"
print("x: end")
