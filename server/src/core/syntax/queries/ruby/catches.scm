; A rescue clause, the exceptions it rescues, the name it gives the error, and its body.
(rescue exceptions: (_)? @type variable: (exception_variable (_) @name)? body: (_)? @body) @catch
