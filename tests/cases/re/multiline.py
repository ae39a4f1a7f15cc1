# MULTILINE in a realistic setting
import re

text = """Title: Notes
Author: Ann
Date: 2024-02-01

Body line one
Body line two
"""
print(re.findall(r'^(\w+): (.*)$', text, re.M))
print(re.findall(r'^Body.*$', text, re.MULTILINE))
print(re.search(r'^$', text, re.M).span())
print(len(re.findall(r'$', text, re.M)), len(re.findall(r'^', text, re.M)))
print(re.sub(r'(?m)^', '# ', 'a\nb\n'))
print(re.sub(r'(?m)\s+$', '', 'a  \nb\t\n  c  '))
print(re.findall(r'(?m)^\s*$', 'a\n\n  \nb'))
print(re.split(r'\n', 'a\nb\n'))
