class Account:
    def __init__(self, owner):
        self.owner = owner

accounts = {"ann": Account("ann")}
print(accounts["ann"].owner.upper())
print(accounts["ann"].balance + 1)
