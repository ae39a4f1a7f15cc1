# The uncaught-exception printer suggests the closest attribute.
class Account:
    def __init__(self):
        self.balance = 10

print(Account().balanse)
