; An expression switch and its subject (`switch v := f(); v {` compares `v`); `switch {` has none.
(expression_switch_statement value: (_) @subject) @switch
