// Parses Java files and reports syntax errors only: javac would also resolve every name, and the
// handler snippets call the user's own methods, which a test file does not declare.
// Usage: java test/support/JavaParseCheck.java File.java [More.java ...]; exit code 1 on errors.
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
}
