VALUE = "ns leaf"
