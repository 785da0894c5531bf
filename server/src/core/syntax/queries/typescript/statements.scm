; inherits: ecmascript
[(abstract_class_declaration) (interface_declaration) (enum_declaration) (type_alias_declaration) (module) (internal_module)] @definition
