import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Makes the shaded estrado.jar run on every system JavaFX is built for (decision 0017).
 * Run by `mvn package` after the shade plugin (pom.xml, execution `portable-jar`); by hand:
 * {@code java packaging/PortableJar.java jar=target/estrado.jar javafx=target/portable version=21.0.11}.
 *
 * <p>JavaFX's graphics jar differs per system: classes only that system uses (Direct3D on Windows,
 * GTK on Linux, Cocoa on macOS) and its native libraries at the root. This step
 * <ol>
 *   <li>removes the native libraries the build machine's jar put at the root (Linux x64 and aarch64
 *       name theirs alike, so none may stay there);</li>
 *   <li>adds, from each system's graphics jar, the classes the jar lacks (the other classes are
 *       the same bytes on every system), and its libraries under {@code estrado/natives/<system>/};</li>
 *   <li>writes {@code estrado/natives/index.properties}: each library with its size and CRC-32, which
 *       {@code estrado.app.PortableNatives} reads at start-up to unpack this system's set.</li>
 * </ol>
 * The result does not depend on the system that builds it. Run twice, it gives the same jar.
 */
public final class PortableJar {
    /** Maven classifier of javafx-graphics → the system's name in the jar (PortableNatives.system). */
    static final Map<String, String> SYSTEMS = new LinkedHashMap<>();

    static {
        SYSTEMS.put("linux", "linux-x64");
        SYSTEMS.put("linux-aarch64", "linux-aarch64");
        SYSTEMS.put("win", "windows-x64");
        SYSTEMS.put("mac", "macos-x64");
        SYSTEMS.put("mac-aarch64", "macos-aarch64");
    }

    private static final Set<String> NATIVE_SUFFIXES = Set.of(".so", ".dll", ".dylib");
    private static final String NATIVES = "estrado/natives/";

    public static void main(String[] args) throws IOException {
        Map<String, String> conf = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected key=value, got " + a);
            }
            conf.put(a.substring(0, eq), a.substring(eq + 1));
        }
        Path jar = Path.of(conf.getOrDefault("jar", "target/estrado.jar")).toAbsolutePath();
        Path javafx = Path.of(conf.getOrDefault("javafx", "target/portable"));
        String version = conf.get("version");
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version=<JavaFX version> is required");
        }
        long before = Files.size(jar);
        Map<String, String> index = new TreeMap<>();
        int classes = 0;
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Path root = fs.getPath("/");
            List<Path> rootNatives;
            try (Stream<Path> s = Files.list(root)) {
                rootNatives = s.filter(p -> isNative(p.getFileName().toString())).collect(Collectors.toList());
            }
            for (Path p : rootNatives) {
                Files.delete(p);
            }
            for (Map.Entry<String, String> system : SYSTEMS.entrySet()) {
                Path graphics = javafx.resolve("javafx-graphics-" + version + "-" + system.getKey() + ".jar");
                if (!Files.isRegularFile(graphics)) {
                    throw new IllegalStateException("missing " + graphics + ": run through `mvn package`");
                }
                classes += add(graphics, root, system.getValue(), index);
            }
            List<String> lines = new ArrayList<>();
            lines.add("# JavaFX's native libraries in this jar: <system>/<file>=<size>:<crc32>, read by estrado.app.PortableNatives");
            lines.add("javafx.version=" + version);
            index.forEach((k, v) -> lines.add(k + "=" + v));
            Files.write(fs.getPath("/" + NATIVES + "index.properties"), lines);
        }
        System.out.printf(Locale.ROOT, "portable-jar: %s: %d native libraries for %s, %d classes and resources added, %.1f MB -> %.1f MB%n",
                jar.getFileName(), index.size(), String.join(", ", SYSTEMS.values()), classes,
                before / 1e6, Files.size(jar) / 1e6);
    }

    /** Adds one system's graphics jar: libraries under estrado/natives/<system>/, classes the jar lacks. */
    private static int add(Path graphics, Path root, String system, Map<String, String> index) throws IOException {
        int added = 0;
        Path natives = Files.createDirectories(root.resolve(NATIVES + system));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(graphics))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String n = e.getName();
                if (e.isDirectory() || n.startsWith("META-INF/")) {
                    continue;
                }
                if (!n.contains("/") && isNative(n)) {
                    byte[] bytes = in.readAllBytes();
                    Files.write(natives.resolve(n), bytes);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    index.put(system + "/" + n, bytes.length + ":" + Long.toHexString(crc.getValue()));
                } else if (n.contains("/")) {
                    // javafx-swt.jar at the root is skipped: SWT is not used
                    Path to = root.resolve(n);
                    if (!Files.exists(to)) {
                        Files.createDirectories(to.getParent());
                        try (OutputStream out = Files.newOutputStream(to)) {
                            in.transferTo(out);
                        }
                        added++;
                    }
                }
            }
        }
        return added;
    }

    private static boolean isNative(String name) {
        return NATIVE_SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
