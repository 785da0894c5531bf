; A catch clause, the types it catches, the name it gives the error (PHP 8 may name none), and its block.
(catch_clause type: (_) @type name: (_)? @name body: (_) @body) @catch
