; A case and the subject its `when` patterns compare with.
(case value: (_) @subject) @switch
