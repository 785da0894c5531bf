; Methods, blocks and lambdas; Ruby never awaits.
[
  (method)
  (singleton_method)
  (lambda)
  (block)
  (do_block)
] @function
