; @path: the path an import imports; @single: an import declaration without parentheses; @list:
; the parenthesized specs of one; @package: the package clause; @unclosed: see below.
(import_spec path: (_) @path)
(import_declaration (import_spec) @single)
(import_spec_list) @list
(package_clause) @package
; An import block left open (the file is being edited): where imports go is not known.
(ERROR "import" "(") @unclosed
