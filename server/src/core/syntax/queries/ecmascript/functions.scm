; Functions, methods and arrows; `async` makes them async.
[
  (function_declaration)
  (function_expression)
  (generator_function_declaration)
  (generator_function)
  (arrow_function)
  (method_definition)
] @function

(function_declaration "async" @async) @function
(function_expression "async" @async) @function
(generator_function_declaration "async" @async) @function
(generator_function "async" @async) @function
(arrow_function "async" @async) @function
(method_definition "async" @async) @function

(await_expression) @await
