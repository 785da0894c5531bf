; The switches and maps of codes "missing cases" completes (captures: README.md).
(match_expression value: (_) @subject body: (match_block) @cases) @switch
(match_arm pattern: (match_pattern (_) @label !condition)) @case
(match_arm pattern: (match_pattern "_" !condition)) @default
