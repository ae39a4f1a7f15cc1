from string import Template
print(Template("ok $x").substitute(x=1))
Template("price: $ 5").substitute()
