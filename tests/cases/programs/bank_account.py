# bank account simulation with transactions, errors and a statement
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.number = Account.next_number
        Account.next_number += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
        self.history.append(("transfer-out", amount))
        other.history.append(("transfer-in", amount))

    def __str__(self):
        return f"#{self.number} {self.owner}: {self.balance}"

class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

alice = Account("alice", 100)
bob = Savings("bob", 250, rate=0.1)
ops = [
    (alice.deposit, 50),
    (alice.withdraw, 500),
    (bob.withdraw, 20),
    (alice.deposit, -5),
    (bob.add_interest, None),
]
for fn, arg in ops:
    try:
        result = fn() if arg is None else fn(arg)
        print("ok", fn.__name__, arg, result)
    except InsufficientFunds as e:
        print("failed", fn.__name__, "-", e, e.needed - e.available)
    except ValueError as e:
        print("rejected", fn.__name__, "-", e)
alice.transfer(bob, 120)
print(alice)
print(bob)
for acct in (alice, bob):
    print(acct.owner, acct.history)
total = sum(a.balance for a in (alice, bob))
print(f"total holdings: {total:,.2f}")
