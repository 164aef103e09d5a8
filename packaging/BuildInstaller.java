import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;

/**
 * Builds estrado's jlinked runtime, its app image and the platform installer (.deb, .msi, .dmg).
 * Run by `mvn -Pinstaller package` (see the `installer` profile in pom.xml), which first copies
 * the thin app jar and its dependency jars into place; by hand:
 * {@code java packaging/BuildInstaller.java key=value ...} with the keys read in {@link #main}.
 *
 * <p>Written in Java rather than shell so the same steps run on Linux, Windows and macOS with
 * nothing but the JDK: jmod, jlink, jdeps and jpackage are called in-process as ToolProviders.
 */
public final class BuildInstaller {
    private static final Set<String> NATIVE_SUFFIXES = Set.of(".so", ".dll", ".dylib");
    private static final String PROBE_MARKER = "estrado: first-frame";
    private static final String FONTS_IN_JAR = "estrado/render/fonts/";

    private final Map<String, String> conf;
    private final Path base;
    private final Path work;
    private final String name;
    private final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    private final List<Path> javafxModules = new ArrayList<>();

    private BuildInstaller(Map<String, String> conf) {
        this.conf = conf;
        this.base = Path.of(conf.getOrDefault("basedir", ".")).toAbsolutePath().normalize();
        this.work = base.resolve(conf.getOrDefault("work", "target/installer"));
        this.name = conf.getOrDefault("name", "estrado");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> conf = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected key=value, got " + a);
            }
            conf.put(a.substring(0, eq), a.substring(eq + 1));
        }
        long t0 = System.nanoTime();
        new BuildInstaller(conf).run();
        System.out.printf("installer: done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private void run() throws Exception {
        String type = conf.getOrDefault("type", "app-image");
        delete(work.resolve("dist"));
        Path jmods = javafxJmods(work.resolve("javafx"), recreate(work.resolve("jmods")));
        Path runtime = jlink(jmods, work.resolve("runtime"));
        List<String> exports = checkModulesAndExports(runtime);
        Path input = input();
        Path icons = Icons.write(recreate(work.resolve("icon")), name);
        boolean appCds = Boolean.parseBoolean(conf.getOrDefault("appcds", "false"));

        List<String> javaOptions = new ArrayList<>(exports);
        javaOptions.add("-Destrado.fontDir=$APPDIR/fonts");
        javaOptions.addAll(split(conf.get("javaOptions")));
        if (appCds) {
            // the archive itself is made after installation (see packaging/linux/postinst): an
            // archive made here would name these build paths and be rejected, turning CDS off
            trainClassList(runtime, input, javaOptions);
            javaOptions.add("-XX:SharedArchiveFile=$APPDIR/" + name + ".jsa");
        }
        Path image = appImage(runtime, input, icons, javaOptions);
        if (os.contains("linux")) {
            shellLauncher(image);
        }
        if (!"app-image".equals(type)) {
            installer(type, image);
        }
        report(runtime, image);
    }

    // ---- 1. JavaFX jars → jmods, so their native libraries land in the runtime's lib ----

    private Path javafxJmods(Path jarDir, Path out) throws IOException {
        List<Path> jars = list(jarDir, ".jar");
        for (Path jar : jars) {
            Path unpacked = recreate(work.resolve("tmp").resolve(jar.getFileName().toString()));
            Path classes = Files.createDirectories(unpacked.resolve("classes"));
            Path libs = Files.createDirectories(unpacked.resolve("libs"));
            boolean modular = unzip(jar, classes, libs);
            if (!modular) {
                continue; // the classifier-less javafx-*.jar are empty placeholders
            }
            String module = ModuleFinder.of(classes).findAll().iterator().next().descriptor().name();
            javafxModules.add(jar);
            List<String> args = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
            if (!list(libs, "").isEmpty()) {
                args.addAll(List.of("--libs", libs.toString()));
            }
            args.add(out.resolve(module + ".jmod").toString());
            tool("jmod", args);
        }
        if (list(out, ".jmod").isEmpty()) {
            throw new IllegalStateException("no JavaFX jars in " + jarDir + ": run through `mvn -Pinstaller package`");
        }
        return out;
    }

    /** Unpacks a JavaFX jar: classes to one folder, native libraries to another; says if it holds a module. */
    private static boolean unzip(Path jar, Path classes, Path libs) throws IOException {
        boolean modular = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String n = e.getName();
                if (e.isDirectory() || n.startsWith("META-INF/")) {
                    continue;
                }
                boolean topLevel = !n.contains("/");
                if (topLevel && NATIVE_SUFFIXES.stream().anyMatch(n::endsWith)) {
                    Files.copy(in, libs.resolve(n));
                } else if (topLevel && !n.endsWith(".class")) {
                    continue; // e.g. javafx-swt.jar: not part of the module, and we do not use SWT
                } else {
                    Path to = classes.resolve(n);
                    Files.createDirectories(to.getParent());
                    Files.copy(in, to);
                    modular |= n.equals("module-info.class");
                }
            }
        }
        return modular;
    }

    // ---- 2. the runtime, from jlink.config ----

    private Path jlink(Path jmods, Path out) throws IOException {
        delete(out);
        List<String> args = new ArrayList<>(List.of("--module-path", jmods.toString()));
        args.addAll(argumentFile(base.resolve("jlink.config")));
        args.addAll(List.of("--output", out.toString()));
        args.addAll(split(conf.get("jlinkOptions")));
        tool("jlink", args);
        return out;
    }

    /**
     * The arguments of a JDK argument file ({@code jlink @jlink.config} on a command line): the java
     * launcher expands those, but a tool run in-process does not. Lines starting with # are
     * comments; arguments are separated by white space, and may be quoted.
     */
    static List<String> argumentFile(Path file) throws IOException {
        List<String> args = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(t);
            while (m.find()) {
                args.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            }
        }
        return args;
    }

    /**
     * Fails when the app or a library needs a module the runtime lacks (someone added a library or an
     * import without touching jlink.config), and returns the --add-exports the class path needs: the
     * JavaFX internals Monocle (headless check/export) reaches into.
     */
    private List<String> checkModulesAndExports(Path runtime) throws IOException {
        List<Path> jars = new ArrayList<>(List.of(appJar()));
        jars.addAll(list(work.resolve("lib"), ".jar"));
        String fx = javafxModules.stream().map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator));
        List<String> args = new ArrayList<>(List.of("-q", "--multi-release", "base", "--ignore-missing-deps",
                "--module-path", fx, "--class-path", jars.stream().map(Path::toString)
                        .collect(Collectors.joining(java.io.File.pathSeparator)), "--list-deps"));
        jars.forEach(j -> args.add(j.toString()));
        String deps = tool("jdeps", args);

        Set<String> inRuntime = runtimeModules(runtime);
        Set<String> missing = new TreeSet<>();
        List<String> exports = new ArrayList<>();
        for (String line : deps.split("\\R")) {
            String d = line.trim();
            if (d.isEmpty() || d.startsWith("JDK removed internal API")) {
                continue;
            }
            String module = d.contains("/") ? d.substring(0, d.indexOf('/')) : d;
            if (!inRuntime.contains(module)) {
                missing.add(module);
            } else if (d.contains("/") && module.startsWith("javafx.")) {
                exports.add("--add-exports=" + d + "=ALL-UNNAMED");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the runtime lacks modules the app uses: " + missing
                    + "; add them to --add-modules in jlink.config");
        }
        return exports;
    }

    private static Set<String> runtimeModules(Path runtime) throws IOException {
        for (String line : Files.readAllLines(runtime.resolve("release"))) {
            if (line.startsWith("MODULES=")) {
                String v = line.substring("MODULES=".length()).replace("\"", "");
                return new TreeSet<>(Arrays.asList(v.trim().split("\\s+")));
            }
        }
        throw new IllegalStateException("no MODULES line in " + runtime.resolve("release"));
    }

    // ---- 3. the app's jars: the thin jar and its libraries, JavaFX excluded (it lives in the runtime) ----

    private Path appJar() {
        return base.resolve(conf.getOrDefault("appJar", "target/estrado-app.jar"));
    }

    private Path input() throws IOException {
        Path input = recreate(work.resolve("input"));
        Files.copy(appJar(), input.resolve(name + ".jar"));
        for (Path lib : list(work.resolve("lib"), ".jar")) {
            Files.copy(lib, input.resolve(lib.getFileName()));
        }
        // The slide fonts as plain files too: JavaFX loads a font file in place, but copies a font
        // read from the jar to a temporary file first (render.Fonts takes the folder from a property)
        Path fonts = Files.createDirectories(input.resolve("fonts"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(appJar()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory() && e.getName().startsWith(FONTS_IN_JAR)) {
                    Files.copy(in, fonts.resolve(e.getName().substring(FONTS_IN_JAR.length())));
                }
            }
        }
        if (os.contains("linux")) {
            // lands in lib/app; the .deb's postinst copies it to /usr/share/applications
            Files.copy(base.resolve("packaging/linux/" + name + ".desktop"), input.resolve(name + ".desktop"));
        }
        return input;
    }

    // ---- 4. AppCDS: the classes a start-up loads, recorded here, archived after installation ----

    private void trainClassList(Path runtime, Path input, List<String> javaOptions) throws Exception {
        Path list = input.resolve(name + ".classlist");
        Path present = work.resolve("tmp/present.classlist");
        Path check = work.resolve("tmp/check.classlist");
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        if (!(display && train(runtime, input, javaOptions, present, false))) {
            // no display here: the headless platform loads nearly the same classes (not GTK's)
            System.out.println("installer: training the class list on the headless platform");
            if (!train(runtime, input, javaOptions, present, true)) {
                throw new IllegalStateException("the app did not show its first slide during the training run");
            }
        }
        List<String> cmd = javaCommand(runtime, input, javaOptions, check);
        cmd.addAll(List.of("check", base.resolve("slides").toString()));
        exec(cmd, Map.of(), 180);
        // a TA's other everyday command: the PDF export loads PDFBox and the painter, which a start-up does not
        Path export = work.resolve("tmp/export.classlist");
        cmd = javaCommand(runtime, input, javaOptions, export);
        cmd.addAll(List.of("export", base.toString(), "--pdf", work.resolve("tmp/training.pdf").toString()));
        exec(cmd, Map.of(), 300);
        Set<String> lines = new LinkedHashSet<>(Files.readAllLines(present));
        lines.addAll(Files.readAllLines(check));
        lines.addAll(Files.readAllLines(export));
        Files.write(list, lines);
        System.out.println("installer: class list of " + lines.size() + " entries" + (display ? "" : " (headless)"));
    }

    private boolean train(Path runtime, Path input, List<String> javaOptions, Path out, boolean headless)
            throws Exception {
        List<String> opts = new ArrayList<>(javaOptions);
        if (headless) {
            opts.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        Files.deleteIfExists(out);
        String output = exec(javaCommand(runtime, input, opts, out), Map.of("ESTRADO_STARTUP_PROBE", "exit"), 180);
        return output.contains(PROBE_MARKER) && Files.isRegularFile(out);
    }

    private List<String> javaCommand(Path runtime, Path input, List<String> javaOptions, Path classList)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(runtime.resolve("bin").resolve(os.contains("win") ? "java.exe" : "java").toString());
        cmd.addAll(javaOptions);
        cmd.add("-XX:DumpLoadedClassList=" + classList);
        cmd.add("-cp");
        cmd.add(list(input, ".jar").stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        cmd.add(conf.getOrDefault("mainClass", "estrado.app.Main"));
        return cmd;
    }

    // ---- 5. app image and installer ----

    private Path appImage(Path runtime, Path input, Path icons, List<String> javaOptions) throws IOException {
        Path dest = recreate(work.resolve("image"));
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", dest.toString(),
                "--name", name, "--input", input.toString(), "--main-jar", name + ".jar",
                "--main-class", conf.getOrDefault("mainClass", "estrado.app.Main"),
                "--runtime-image", runtime.toString(), "--icon", icons.resolve(Icons.fileFor(name, os)).toString()));
        args.addAll(metadata());
        for (String o : javaOptions) {
            args.add("--java-options");
            args.add(o);
        }
        if (os.contains("mac")) {
            // the name in the menu bar and the Dock (at most 16 characters), and the bundle's identifier
            args.addAll(List.of("--mac-package-name", name,
                    "--mac-package-identifier", conf.getOrDefault("macIdentifier", "io.github." + name)));
        }
        if (os.contains("win")) {
            // the main launcher is a GUI program with no console; the commands need one
            Path cli = work.resolve("tmp/" + name + "-cli.properties");
            Files.writeString(cli, "win-console=true\n");
            args.addAll(List.of("--add-launcher", name + "-cli=" + cli));
        }
        tool("jpackage", args);
        try (Stream<Path> s = Files.list(dest)) {
            return s.findFirst().orElseThrow();
        }
    }

    /**
     * Replaces jpackage's native launcher with a shell script doing the same: on JDK 17 the native
     * one asks rpm and then dpkg which package owns it, twice, on every start (about 0.1 s here,
     * a quarter of a bare JavaFX window's start-up). The script is written from the launcher's
     * config, so options and class path are the same, in the same order (AppCDS needs that).
     */
    private void shellLauncher(Path image) throws IOException {
        Path cfg = image.resolve("lib/app/" + name + ".cfg");
        List<String> classPath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        String mainClass = null;
        for (String line : Files.readAllLines(cfg)) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", "$appdir");
            if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = value;
            } else if (line.startsWith("java-options=")) {
                options.add(value);
            }
        }
        StringBuilder sh = new StringBuilder()
                .append("#!/bin/sh\n")
                .append("# ").append(name).append("'s launcher, written by packaging/BuildInstaller.java from lib/app/")
                .append(name).append(".cfg.\n")
                .append("# It stands in for jpackage's native launcher, which on JDK 17 queries rpm and dpkg on every\n")
                .append("# start. Arguments are passed through unchanged.\n")
                .append("self=$(readlink -f \"$0\")\n")
                .append("app=${self%/bin/*}\n")
                .append("appdir=$app/lib/app\n")
                .append("exec \"$app/lib/runtime/bin/java\"");
        for (String o : options) {
            sh.append(" \\\n    \"").append(o).append('"');
        }
        sh.append(" \\\n    -cp \"").append(String.join(":", classPath)).append('"')
                .append(" \\\n    ").append(mainClass).append(" \"$@\"\n");
        Path launcher = image.resolve("bin/" + name);
        Files.writeString(launcher, sh);
        launcher.toFile().setExecutable(true, false);
    }

    private void installer(String type, Path image) throws IOException {
        Path dest = recreate(work.resolve("dist"));
        List<String> args = new ArrayList<>(List.of("--type", type, "--dest", dest.toString(),
                "--name", name, "--app-image", image.toString()));
        if (!type.equals("dmg")) {
            // A dmg with a license makes `hdiutil attach` ask for agreement on a terminal, so neither a
            // CI runner nor a script can mount it; dragging an .app to Applications has no license step.
            args.addAll(List.of("--license-file",
                    base.resolve(conf.getOrDefault("licenseFile", "packaging/LICENSE.txt")).toString()));
        }
        args.addAll(metadata());
        if (type.equals("deb") || type.equals("rpm")) {
            // Own maintainer scripts: the desktop entry without xdg-utils, and the AppCDS archive.
            // No icon or .desktop resource here: either would turn on jpackage's desktop integration,
            // which makes the package depend on xdg-utils and install through xdg-desktop-menu.
            Path res = recreate(work.resolve("resources"));
            for (String script : List.of("postinst", "prerm")) {
                Files.copy(base.resolve("packaging/linux").resolve(script), res.resolve(script));
            }
            args.addAll(List.of("--resource-dir", res.toString(), "--linux-package-name", name,
                    "--linux-app-category", conf.getOrDefault("linuxSection", "education")));
            if (!conf.getOrDefault("maintainer", "").isBlank()) {
                args.addAll(List.of("--linux-deb-maintainer", conf.get("maintainer")));
            }
        } else if (type.equals("msi") || type.equals("exe")) {
            // Per user by default: no administrator rights needed (a TA's university laptop rarely grants
            // them); msiexec /qn works the same. Into %LOCALAPPDATA%\Programs\estrado, Windows' place for
            // per-user programs: jpackage's default, %LOCALAPPDATA%\estrado, is estrado's state folder.
            // A fixed upgrade UUID makes a newer .msi replace the older version instead of installing beside it.
            args.addAll(List.of("--win-per-user-install", "--install-dir", "Programs\\" + name,
                    "--win-menu", "--win-menu-group", conf.getOrDefault("vendor", name),
                    "--win-shortcut", "--win-dir-chooser", "--win-upgrade-uuid", conf.get("winUpgradeUuid")));
        }
        tool("jpackage", args);
    }

    private List<String> metadata() {
        List<String> m = new ArrayList<>();
        String version = conf.getOrDefault("appVersion", "0.0.0").replace("-SNAPSHOT", "");
        if (os.contains("mac") && !appleVersion(version)) {
            throw new IllegalStateException("macOS needs an app version of one to three integers, the first at least 1"
                    + " (got " + version + "): pass -Dinstaller.appVersion=1.0.0 or similar");
        }
        m.addAll(List.of("--app-version", version));
        for (String key : List.of("vendor", "description", "copyright")) {
            String v = conf.get(key);
            if (v != null && !v.isBlank()) {
                m.add("--" + key);
                m.add(v);
            }
        }
        return m;
    }

    /**
     * Apple's rule for CFBundleVersion and CFBundleShortVersionString, which jpackage fills from
     * --app-version: one to three integers separated by dots, the first greater than zero.
     */
    static boolean appleVersion(String version) {
        return version.matches("[1-9][0-9]*(\\.[0-9]+){0,2}");
    }

    private void report(Path runtime, Path image) throws IOException {
        System.out.printf("installer: runtime %s (%s)%n", runtime, mb(size(runtime)));
        System.out.printf("installer: app image %s (%s)%n", image, mb(size(image)));
        Path dist = work.resolve("dist");
        if (Files.isDirectory(dist)) {
            for (Path p : list(dist, "")) {
                System.out.printf("installer: %s (%s)%n", p, mb(Files.size(p)));
            }
        }
    }

    // ---- helpers ----

    private static String tool(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " not found: build with a full JDK 17"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        System.out.println("installer: " + name + " " + String.join(" ", args));
        int rc = tool.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException(name + " failed (" + rc + "):\n" + out + err);
        }
        if (!err.toString().isBlank()) {
            System.out.print(err);
        }
        return out.toString();
    }

    private static String exec(List<String> cmd, Map<String, String> env, int timeoutSeconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] bytes;
        try (InputStream in = p.getInputStream()) {
            bytes = in.readAllBytes();
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", cmd));
        }
        String out = new String(bytes, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            System.out.println("installer: exit " + p.exitValue() + " from " + cmd.get(cmd.size() - 1) + "\n" + out);
        }
        return out;
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static Path recreate(Path dir) throws IOException {
        delete(dir);
        return Files.createDirectories(dir);
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.delete(p);
                }
            }
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /**
     * The app icon, drawn here so the repository holds no binary: a slide on a dais ("estrado"),
     * written as PNG (Linux), ICO (Windows) and ICNS (macOS); the two containers just wrap PNGs.
     */
    static final class Icons {
        private static final Color DEEP = new Color(0x0B, 0x4F, 0x6C);
        private static final Color TEAL = new Color(0x0E, 0x6E, 0x8E);
        private static final Color ACCENT = new Color(0xF2, 0xA5, 0x41);

        static String fileFor(String name, String os) {
            return name + (os.contains("win") ? ".ico" : os.contains("mac") ? ".icns" : ".png");
        }

        static Path write(Path dir, String name) throws IOException {
            ImageIO.write(draw(256), "png", dir.resolve(name + ".png").toFile());
            Files.write(dir.resolve(name + ".ico"), ico(16, 24, 32, 48, 64, 128, 256));
            Files.write(dir.resolve(name + ".icns"), icns());
            return dir;
        }

        static BufferedImage draw(int size) {
            BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 256.0, size / 256.0);
            // background tile
            g.setPaint(new GradientPaint(0, 0, TEAL, 0, 256, DEEP));
            g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
            // the slide: a 16:9 screen with a title bar and two lines of text
            g.setColor(Color.WHITE);
            g.fill(new RoundRectangle2D.Double(40, 44, 176, 99, 10, 10));
            g.setColor(TEAL);
            g.fillRect(56, 62, 96, 12);
            g.setColor(new Color(0x9F, 0xB3, 0xC0));
            g.fillRect(56, 86, 128, 7);
            g.fillRect(56, 102, 104, 7);
            g.setColor(ACCENT);
            g.fillRect(40, 137, 60, 6);
            // the dais under it
            g.setColor(new Color(255, 255, 255, 230));
            g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawLine(128, 146, 128, 168);
            Path2D dais = new Path2D.Double();
            dais.moveTo(60, 176);
            dais.lineTo(196, 176);
            dais.lineTo(216, 212);
            dais.lineTo(40, 212);
            dais.closePath();
            g.setColor(ACCENT);
            g.fill(dais);
            g.setColor(new Color(0xC9, 0x7F, 0x22));
            g.fillRect(40, 206, 176, 6);
            g.dispose();
            return img;
        }

        private static byte[] png(int size) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(draw(size), "png", out);
            return out.toByteArray();
        }

        /** ICO with PNG-compressed entries (Windows Vista and later read them). */
        static byte[] ico(int... sizes) throws IOException {
            List<byte[]> pngs = new ArrayList<>();
            for (int s : sizes) {
                pngs.add(png(s));
            }
            int header = 6 + 16 * sizes.length;
            int total = header + pngs.stream().mapToInt(b -> b.length).sum();
            ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
            b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
            int offset = header;
            for (int i = 0; i < sizes.length; i++) {
                int s = sizes[i] >= 256 ? 0 : sizes[i]; // 0 means 256 in an ICO directory
                b.put((byte) s).put((byte) s).put((byte) 0).put((byte) 0);
                b.putShort((short) 1).putShort((short) 32).putInt(pngs.get(i).length).putInt(offset);
                offset += pngs.get(i).length;
            }
            pngs.forEach(b::put);
            return b.array();
        }

        /** ICNS with PNG entries: ic07 128, ic08 256, ic09 512, ic10 1024 pixels. */
        static byte[] icns() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(body);
            String[] types = {"ic07", "ic08", "ic09", "ic10"};
            int[] sizes = {128, 256, 512, 1024};
            for (int i = 0; i < types.length; i++) {
                byte[] p = png(sizes[i]);
                d.writeBytes(types[i]);
                d.writeInt(8 + p.length);
                d.write(p);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(out);
            h.writeBytes("icns");
            h.writeInt(8 + body.size());
            h.write(body.toByteArray());
            return out.toByteArray();
        }
    }
}
