; @block: a body whose statements run in order, where a handler may go among them (a class body is
; none), and a switch section, which holds its statements after its @head (its pattern and `when`).
; @definition: a declaration, where no handler goes. @leaving: a statement after which nothing
; runs. @idle: a statement that does nothing of its own.
(block) @block
(switch_section "case" . (_) @head) @block
(switch_section (when_clause) @head) @block
(switch_section) @block

[(class_declaration) (struct_declaration) (interface_declaration) (enum_declaration) (record_declaration)
 (declaration_list) (method_declaration) (constructor_declaration) (property_declaration) (local_function_statement)] @definition

[(return_statement) (throw_statement) (break_statement) (continue_statement) (goto_statement)] @leaving

[(break_statement) (empty_statement)] @idle
