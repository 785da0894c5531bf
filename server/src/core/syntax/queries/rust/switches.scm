; A match and its subject.
(match_expression value: (_) @subject) @switch
