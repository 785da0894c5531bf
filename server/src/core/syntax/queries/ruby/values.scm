; @value: a value being built, where a code is produced, not handled: what an assignment or a key
; is given, or the arguments of `….new` (captures: README.md).
(assignment right: (_) @value)
(pair key: (_) @value)
(pair value: (_) @value)
(call method: (identifier) @_new (#eq? @_new "new") arguments: (_) @value)
