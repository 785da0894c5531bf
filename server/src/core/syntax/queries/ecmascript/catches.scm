; A catch clause, the name it gives the error, and its block.
(catch_clause parameter: (_)? @name body: (_) @body) @catch
