; Functions, closures and async blocks; `async` makes them async.
[
  (function_item)
  (closure_expression)
  (async_block)
] @function

(function_item (function_modifiers "async" @async)) @function
(closure_expression "async" @async) @function
(async_block "async" @async) @function

(await_expression) @await
