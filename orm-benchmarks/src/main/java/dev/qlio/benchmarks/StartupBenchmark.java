package dev.qlio.benchmarks;

import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code startup}: Qlio's metadata set-up for 50 or 500 table classes (six columns each, a foreign
 * key to the previous table), from loading the classes (their static {@code Column} fields run) to
 * {@code setupTables()}. The classes are compiled once in memory (needs a JDK) and defined in a
 * fresh class loader for every operation, so each one is a cold start. Single-shot: a bounded
 * number of operations, as each leaves its classes in {@code TableMeta}'s cache.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@State(Scope.Benchmark)
public class StartupBenchmark {

    /** Table classes per set-up. */
    @Param({"50", "500"})
    public int tables;

    private Map<String, byte[]> classes;

    private List<String> names;

    @Setup(Level.Trial)
    public void generate() {
        this.names = new ArrayList<>(this.tables);
        List<JavaFileObject> sources = new ArrayList<>(this.tables);
        for (int i = 0; i < this.tables; i++) {
            String simple = "T" + i;
            this.names.add("gen." + simple);
            String body =
                    "package gen;\n"
                            + "import dev.qlio.orm.schema.*;\n"
                            + "import dev.qlio.orm.schema.types.SqlType;\n"
                            + "@TableName(\"t"
                            + i
                            + "\")\n"
                            + "public class "
                            + simple
                            + " extends Table {\n"
                            + "  public static final Column<Long> ID ="
                            + " column(SqlType.BIGINT).primaryKey().autoincrement();\n"
                            + "  public static final Column<String> NAME ="
                            + " column(SqlType.varchar(100)).notNull();\n"
                            + "  public static final Column<String> EMAIL ="
                            + " column(SqlType.varchar(200)).unique();\n"
                            + "  public static final Column<java.time.Instant> CREATED ="
                            + " column(SqlType.TIMESTAMPTZ);\n"
                            + "  public static final Column<Integer> SCORE ="
                            + " column(SqlType.INTEGER).index();\n"
                            + "  public static final Column<Long> PARENT_ID ="
                            + " column(SqlType.BIGINT)"
                            + (i > 0 ? ".references(\"t" + (i - 1) + ".id\")" : "")
                            + ";\n"
                            + "}\n";
            sources.add(
                    new SimpleJavaFileObject(
                            URI.create("string:///gen/" + simple + ".java"),
                            JavaFileObject.Kind.SOURCE) {
                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return body;
                        }
                    });
        }
        this.classes = compile(sources);
    }

    private static Map<String, byte[]> compile(List<JavaFileObject> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException(
                    "The startup benchmark compiles its tables: run on a JDK");
        }
        Map<String, ByteArrayOutputStream> out = new HashMap<>();
        StandardJavaFileManager std = compiler.getStandardFileManager(null, null, null);
        JavaFileManager files =
                new ForwardingJavaFileManager<>(std) {
                    @Override
                    public JavaFileObject getJavaFileForOutput(
                            Location location,
                            String className,
                            JavaFileObject.Kind kind,
                            FileObject sibling) {
                        return new SimpleJavaFileObject(
                                URI.create("mem:///" + className.replace('.', '/') + ".class"),
                                kind) {
                            @Override
                            public OutputStream openOutputStream() {
                                return out.computeIfAbsent(
                                        className, k -> new ByteArrayOutputStream());
                            }
                        };
                    }
                };
        String classPath = System.getProperty("java.class.path");
        try {
            classPath +=
                    File.pathSeparator
                            + Path.of(
                                    Table.class
                                            .getProtectionDomain()
                                            .getCodeSource()
                                            .getLocation()
                                            .toURI());
        } catch (Exception ex) {
            // the class path alone then
        }
        boolean ok =
                compiler.getTask(
                                null,
                                files,
                                null,
                                List.of("-classpath", classPath, "-proc:none", "-nowarn"),
                                null,
                                sources)
                        .call();
        if (!ok) {
            throw new IllegalStateException("Cannot compile the generated table classes");
        }
        Map<String, byte[]> bytes = new HashMap<>();
        out.forEach((name, stream) -> bytes.put(name, stream.toByteArray()));
        return bytes;
    }

    /** Defines the generated classes, fresh every time. */
    private static final class GeneratedLoader extends ClassLoader {

        private final Map<String, byte[]> classes;

        GeneratedLoader(Map<String, byte[]> classes) {
            super(Table.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = this.classes.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }

    @Benchmark
    @SuppressWarnings("unchecked")
    public TableMetadata startup() throws ClassNotFoundException {
        ClassLoader loader = new GeneratedLoader(this.classes);
        TableMetadata metadata = new TableMetadata();
        for (String name : this.names) {
            metadata.registerTable((Class<? extends Table>) Class.forName(name, true, loader));
        }
        metadata.setupTables();
        return metadata;
    }
}
