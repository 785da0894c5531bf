; A switch and the subject its case labels compare with.
(switch_statement value: (parenthesized_expression (_) @subject)) @switch
