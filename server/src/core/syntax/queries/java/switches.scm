; A switch (statement or expression) and the subject its labels compare with.
(switch_expression condition: (parenthesized_expression (_) @subject)) @switch
