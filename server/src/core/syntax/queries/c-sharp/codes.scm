; A collection's members, which are codes together: an initializer's elements or indexer keys.
(initializer_expression [(integer_literal) (string_literal)] @member) @collection
(initializer_expression (assignment_expression left: (element_binding_expression (argument [(integer_literal) (string_literal)] @member)))) @collection
; A literal passed to a call, and what is called.
(invocation_expression function: (_) @call arguments: (argument_list (argument [(integer_literal) (string_literal)] @argument)))
; A value and the name given to it.
(variable_declarator name: (_) @name (_) @named)
(assignment_expression left: (_) @name right: (_) @named)
; A test's data rows, xUnit's `[InlineData(131047, "template")]` and NUnit's `[TestCase(190, …)]`: the first values of
; one test's rows are members of one collection, so a small code there stands beside the distinctive ones of its siblings.
(method_declaration
  (attribute_list (attribute name: (identifier) @_row (#match? @_row "^(InlineData|TestCase)$")
    (attribute_argument_list . (attribute_argument (integer_literal) @member))))) @collection
