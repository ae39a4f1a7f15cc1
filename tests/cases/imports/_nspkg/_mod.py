NAME = "ns mod"
