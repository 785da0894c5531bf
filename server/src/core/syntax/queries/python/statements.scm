; @block: a body whose statements run in order, where a handler may go among them (a class body is
; none: its statements run once, at import). @definition: a statement that defines, after which no
; handler goes. @leaving: a statement after which nothing runs. @idle: a statement that does
; nothing (`pass`): a branch of only these handles nothing.
(module) @block
(function_definition body: (block) @block)
(if_statement consequence: (block) @block)
(elif_clause consequence: (block) @block)
(else_clause body: (block) @block)
(for_statement body: (block) @block)
(while_statement body: (block) @block)
(try_statement body: (block) @block)
(except_clause (block) @block)
(finally_clause (block) @block)
(with_statement body: (block) @block)
(case_clause consequence: (block) @block)

[(function_definition) (class_definition) (decorated_definition)] @definition

[(return_statement) (raise_statement) (break_statement) (continue_statement)] @leaving

(pass_statement) @idle
