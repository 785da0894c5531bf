; `def` and `lambda`; `async def` is async.
[
  (function_definition)
  (lambda)
] @function

(function_definition "async" @async) @function

(await) @await
