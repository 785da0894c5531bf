// Checks Java files with javac in one JVM (starting one costs a second).
// Usage: java test/support/JavaParseCheck.java File.java [More.java ...]
//   parses only, and reports syntax errors: exit code 1 on errors. (Resolving names would fail on
//   the user's own methods that handler snippets call, which a test file does not declare.)
// Usage: java test/support/JavaParseCheck.java --compile OutDir File.java [More.java ...]
//   compiles each file on its own, as `javac -d OutDir/<n>` would (names resolved, types checked),
//   and prints every diagnostic on one line: file, tab, line, tab, kind, tab, key, tab, message.
import com.sun.source.util.JavacTask;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

public class JavaParseCheck {
    public static void main(String[] args) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (args.length > 0 && args[0].equals("--compile")) {
            compileEach(compiler, new File(args[1]), List.of(args).subList(2, args.length));
            return;
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<File> files = new ArrayList<>();
        for (String arg : args) files.add(new File(arg));
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null, null)) {
            JavacTask task = (JavacTask) compiler.getTask(null, fileManager, diagnostics, List.of("-proc:none"), null,
                    fileManager.getJavaFileObjectsFromFiles(files));
            task.parse(); // parse only: no symbol resolution, no type checking
        }
        int errors = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) continue;
            errors++;
            System.out.println(d.getSource().getName() + ":" + d.getLineNumber() + ":" + d.getColumnNumber() + ": " + d.getMessage(null));
        }
        System.exit(errors == 0 ? 0 : 1);
    }

    private static void compileEach(JavaCompiler compiler, File outDir, List<String> files) throws Exception {
        int n = 0;
        for (String file : files) {
            File out = new File(outDir, String.valueOf(n++));
            out.mkdirs();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null, null)) {
                List<String> options = List.of("-proc:none", "-Xlint:all", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000", "-d", out.getPath());
                compiler.getTask(null, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromStrings(List.of(file))).call();
            }
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.NOTE) continue;
                String message = d.getMessage(null).replaceAll("\\s+", " ");
                System.out.println(file + "\t" + d.getLineNumber() + "\t" + d.getKind() + "\t" + d.getCode() + "\t" + message);
            }
        }
    }
}
