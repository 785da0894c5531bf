; The switches and maps of codes "missing cases" completes (captures: README.md).
(match_statement subject: (_) @subject body: (block) @cases) @switch
(case_clause (case_pattern (_) @label) !guard) @case
(case_clause (case_pattern "_") !guard) @default
(dictionary (pair key: (integer) @key value: (string))) @map
