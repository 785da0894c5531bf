; The switches and maps of codes "missing cases" completes (captures: README.md).
(case value: (_) @subject) @switch @cases
(when pattern: (pattern (_) @label)) @case
(case (else) @default)
(hash (pair key: (integer) @key value: (string))) @map
