; @import: an import statement; @name: a name it binds (`os` of `import os.path`, `t` of `import
; time as t`, `time` of `from x import time`); @future: a `from __future__` import. @local: a part of
; the module whose imports bind nothing for it (a function, a class, an `if TYPE_CHECKING:`).
(import_statement name: (dotted_name . (identifier) @name)) @import
(import_statement name: (aliased_import alias: (identifier) @name)) @import
(import_from_statement name: (dotted_name (identifier) @name .)) @import
(import_from_statement name: (aliased_import alias: (identifier) @name)) @import
(import_from_statement (wildcard_import)) @import
(future_import_statement) @import @future

[(function_definition) (class_definition)] @local
(if_statement condition: (identifier) @_checking (#eq? @_checking "TYPE_CHECKING")) @local
(if_statement condition: (attribute attribute: (identifier) @_checking) (#eq? @_checking "TYPE_CHECKING")) @local
