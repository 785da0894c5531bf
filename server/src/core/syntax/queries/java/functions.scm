; Methods, constructors and lambdas; Java never awaits.
[
  (method_declaration)
  (constructor_declaration)
  (compact_constructor_declaration)
  (lambda_expression)
  (static_initializer)
] @function
