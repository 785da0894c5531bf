; Names declared in Rust (captures: README.md): a binding is seen in the block it is declared in, a
; parameter in its function or closure, what an `if let`, `while let`, `for` or match arm binds in
; that expression or arm.
[(source_file) (block) (function_item) (closure_expression) (if_expression) (while_expression) (for_expression) (match_arm)] @scope

(parameter pattern: (identifier) @name)
(closure_parameters (identifier) @name)
(let_declaration pattern: (identifier) @name)
(let_condition pattern: (identifier) @name)
(for_expression pattern: (identifier) @name)
(match_pattern (identifier) @name)
(tuple_pattern (identifier) @name)
(tuple_struct_pattern type: (_) (identifier) @name)
(slice_pattern (identifier) @name)
(mut_pattern (identifier) @name)
(ref_pattern (identifier) @name)
(reference_pattern (identifier) @name)
(captured_pattern . (identifier) @name)
(or_pattern (identifier) @name)
(field_pattern pattern: (identifier) @name)
(field_pattern name: (shorthand_field_identifier) @name)
(use_as_clause alias: (identifier) @name)
