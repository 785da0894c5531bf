; A switch statement or expression and its subject; an arm's patterns map codes to a value.
(switch_statement value: (_) @subject) @switch
(switch_expression . (_) @subject) @switch
(switch_expression_arm . (_) @arm)
