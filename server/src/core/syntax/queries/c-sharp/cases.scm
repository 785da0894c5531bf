; The switches and maps of codes "missing cases" completes (captures: README.md).
(switch_statement value: (_) @subject body: (switch_body) @cases) @switch
(switch_section (constant_pattern) @label) @case
(switch_section "default") @default
