; A match and its subject; an arm's patterns are its values.
(match_expression value: (_) @subject) @switch
(match_arm pattern: (_) @arm)
