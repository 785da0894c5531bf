; A catch clause, the type it catches (`A | B` too), the name it gives the error, and its block.
(catch_clause (catch_formal_parameter (catch_type) @type name: (_) @name) body: (_) @body) @catch
