; A switch statement or expression and its subject.
(switch_statement value: (_) @subject) @switch
(switch_expression . (_) @subject) @switch
