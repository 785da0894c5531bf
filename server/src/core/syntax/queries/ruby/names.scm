; @scope.own: where the local names declared inside it are seen, by no scope nested in it, and it
; sees none from outside (a method, a class or module body, the file); a block sees the names of
; the method around it. @name: a local name declared: a parameter, an assigned variable, a rescued
; error, a block's or a loop's variable.
[(program) (method) (singleton_method) (class) (module) (singleton_class)] @scope.own

(method_parameters (identifier) @name)
(block_parameters (identifier) @name)
(destructured_parameter (identifier) @name)
(lambda_parameters (identifier) @name)
(optional_parameter name: (identifier) @name)
(splat_parameter name: (identifier) @name)
(hash_splat_parameter name: (identifier) @name)
(keyword_parameter name: (identifier) @name)
(block_parameter name: (identifier) @name)
(assignment left: (identifier) @name)
(left_assignment_list (identifier) @name)
(operator_assignment left: (identifier) @name)
(exception_variable (identifier) @name)
(for pattern: (identifier) @name)
