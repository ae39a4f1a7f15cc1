class Temperature:
    def __init__(self, readings):
        self.readings = readings

    @property
    def average(self):
        return sum(self.readings) / len(self.readings)

def report(t):
    return "average: " + str(t.average)

print(report(Temperature([20, 22])))
print(report(Temperature([])))
