; A match statement and the subject its case patterns compare with.
(match_statement subject: (_) @subject) @switch
