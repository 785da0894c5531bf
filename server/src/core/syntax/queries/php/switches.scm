; A switch or match and its subject; a match arm's conditions map codes to a value.
(switch_statement condition: (parenthesized_expression (_) @subject)) @switch
(match_expression condition: (parenthesized_expression (_) @subject)) @switch
(match_conditional_expression conditional_expressions: (_) @arm)
