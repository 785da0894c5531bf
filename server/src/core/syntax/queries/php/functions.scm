; Functions, methods, closures and arrow functions; PHP never awaits.
[
  (function_definition)
  (method_declaration)
  (anonymous_function)
  (arrow_function)
] @function
