; A collection's members, which are codes together: elements of a list, set or tuple, a dictionary's keys.
(list [(integer) (string)] @member) @collection
(set [(integer) (string)] @member) @collection
(tuple [(integer) (string)] @member) @collection
(dictionary (pair key: [(integer) (string)] @member)) @collection
; `parametrize("code,retry", [(1011, True), …])`: each case's code, named by the argument names, which start with a code (a
; case of two numbers is left alone: the names cannot say which is the code).
(call
  arguments: (argument_list . (string) @name (#match? @name "^[\"'](error_?)?code\\b")
    . (list (tuple . (integer) @member . [(true) (false) (none) (string) (identifier)] .) @collection) @named))
; A literal passed to a call (by keyword: its parameter), and what is called.
(call function: (_) @call arguments: (argument_list [(integer) (string)] @argument))
(call function: (_) @call arguments: (argument_list (keyword_argument name: (_) @parameter value: [(integer) (string)] @argument)))
; A value and the name given to it, or compared with it (`codes == ["131047"]`).
(assignment left: (_) @name right: (_) @named)
(pair key: (_) @name value: (_) @named)
(keyword_argument name: (_) @name value: (_) @named)
(comparison_operator (_) @name [(list) (set) (tuple)] @named)
