; An except clause, the type it catches, the name it gives the error, and its block.
(except_clause value: (as_pattern . (_) @type alias: (as_pattern_target (identifier) @name)) (block) @body) @catch
(except_clause value: [(identifier) (attribute) (tuple) (parenthesized_expression)] @type (block) @body) @catch
(except_clause (block) @body) @catch
