try:
    pass
except* ValueError:
    for i in range(2):
        continue
print("ok: a loop inside the clause may continue")
