# an exception raised in __init__ during instantiation; the instance is never bound
class Account:
    def __init__(self, owner, balance):
        print("init", owner)
        self.owner = owner
        if balance < 0:
            raise ValueError("negative balance for " + owner + ": " + str(balance))
        self.balance = balance

    def __repr__(self):
        return "Account(" + self.owner + ", " + str(self.balance) + ")"

a = Account("ann", 10)
print(a)
acct = None
try:
    acct = Account("bob", -5)
except ValueError as e:
    print("caught:", e)
print(acct)

class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner, -1)
        print("not reached")

accounts = [Account("cy", 1), Savings("dee")]
print(accounts)
