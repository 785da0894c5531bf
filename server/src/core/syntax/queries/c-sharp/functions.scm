; Methods, local functions, lambdas, accessors and constructors; the `async` modifier makes them async.
[
  (method_declaration)
  (local_function_statement)
  (lambda_expression)
  (anonymous_method_expression)
  (accessor_declaration)
  (constructor_declaration)
  (destructor_declaration)
  (operator_declaration)
  (conversion_operator_declaration)
] @function

(method_declaration (modifier) @async (#eq? @async "async")) @function
(local_function_statement (modifier) @async (#eq? @async "async")) @function
(lambda_expression (modifier) @async (#eq? @async "async")) @function
(anonymous_method_expression (modifier) @async (#eq? @async "async")) @function

(await_expression) @await
