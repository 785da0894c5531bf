; A switch or match and its subject.
(switch_statement condition: (parenthesized_expression (_) @subject)) @switch
(match_expression condition: (parenthesized_expression (_) @subject)) @switch
