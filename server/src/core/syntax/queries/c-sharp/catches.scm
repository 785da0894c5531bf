; A catch clause, the type it catches (`catch (HttpRequestException)` names none), and its block.
(catch_clause (catch_declaration type: (_) @type name: (_)? @name)? body: (_) @body) @catch
