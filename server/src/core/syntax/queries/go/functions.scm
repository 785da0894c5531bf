; Functions, methods and function literals; Go never awaits.
[
  (function_declaration)
  (method_declaration)
  (func_literal)
] @function
