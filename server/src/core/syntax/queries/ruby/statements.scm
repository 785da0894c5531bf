; @block: a body whose statements run in order, where a handler may go among them (a class or
; module body is none: its statements run once, at load). @definition: a statement that defines,
; after which no handler goes. @leaving: a statement after which nothing runs. @value: the last
; statement of a method or block, whose value the method or block returns.
(program) @block
(method body: (body_statement) @block)
(singleton_method body: (body_statement) @block)
(do_block body: (body_statement) @block)
(block body: (block_body) @block)
[(then) (else) (ensure) (do) (begin)] @block

[(method) (singleton_method) (class) (singleton_class) (module)] @definition

[(return) (break) (next) (redo) (retry)] @leaving
((identifier) @leaving (#any-of? @leaving "raise" "fail"))
((call method: (identifier) @_verb) @leaving (#any-of? @_verb "raise" "fail"))

(method body: (body_statement (_) @value .))
(singleton_method body: (body_statement (_) @value .))
(do_block body: (body_statement (_) @value .))
(block body: (block_body (_) @value .))
