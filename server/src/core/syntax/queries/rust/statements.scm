; @block: a body whose statements run in order, where a handler may go among them (a file, module
; or impl body holds items, none). @definition: an item, after which no handler goes. @leaving: a
; statement after which nothing runs. @value: a block's last expression, its value.
(block) @block

[(function_item) (impl_item) (struct_item) (enum_item) (trait_item) (mod_item) (const_item) (static_item)] @definition

(expression_statement [(return_expression) (break_expression) (continue_expression)]) @leaving
(expression_statement
  (macro_invocation macro: (identifier) @_macro (#any-of? @_macro "panic" "unreachable" "todo" "unimplemented"))) @leaving

(block (_expression) @value .)
