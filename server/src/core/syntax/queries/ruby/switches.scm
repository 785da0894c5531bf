; A case and the subject its `when` (or pattern-matching `in`) clauses compare with.
(case value: (_) @subject) @switch
(case_match value: (_) @subject) @switch
