; @value: a value being built, where a code is produced, not handled: what an assignment, a key or
; a keyword argument is given (captures: README.md).
(assignment right: (_) @value)
(pair key: (_) @value)
(pair value: (_) @value)
(keyword_argument value: (_) @value)
