# uncaught AttributeError on a user-defined class instance
class Account:
    def __init__(self, owner):
        self.owner = owner

    def describe(self):
        return "account of " + self.owner

acct = Account("ann")
print(acct.owner, acct.describe())
print(hasattr(acct, "balance"), getattr(acct, "balance", 0))
try:
    acct.deposit(5)
except AttributeError as e:
    print("caught:", e)
print(acct.balance)
