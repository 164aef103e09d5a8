package estrado.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Manifest;

/**
 * {@code java -jar estrado.jar [present]}: the JVM a user starts by hand has neither the installer launcher's
 * options (C1 only, serial GC, a heap ceiling) nor a class-data archive, and both are fixed when the JVM starts.
 * So, for the windows and for {@code export}, this process starts estrado once more with them and waits for it: the new JVM maps
 * the classes it loaded last time from an archive in the user's cache (written by the first run when it exits)
 * instead of reading, verifying and linking the same ~6.000 classes from the jar again.
 *
 * <p>Never a loop: the started process carries {@code ESTRADO_RELAUNCH=child} and runs in place.
 * {@code ESTRADO_RELAUNCH=0} (or {@code -Destrado.relaunch=false}) turns it off; so do JVM options given by hand
 * (the user chose them), another JVM than HotSpot, and a process whose command line cannot be read. If the
 * new process cannot be started, the app runs in this one as before. The other commands ({@code check},
 * {@code --version}…) always run in place: short, they would pay a second JVM without gaining as much.
 *
 * <p>Like {@link PortableNatives}, the path a command that runs in place takes through here uses no lambda,
 * method reference or {@code +} on strings (each a first-use cost at start-up).
 */
final class Relaunch {
    static final String VARIABLE = "ESTRADO_RELAUNCH";
    static final String CHILD = "child";
    /** The waiting launcher's process id, given to the app it starts (see {@link #endWithLauncher}). */
    static final String LAUNCHER_PID = "ESTRADO_LAUNCHER_PID";
    static final String PROPERTY = "estrado.relaunch";
    /** The launcher's JVM options, written into the runnable jar's manifest from the POM's installer.javaOptions. */
    static final String MANIFEST_KEY = "Estrado-Java-Options";
    static final String ARCHIVE_SUFFIX = ".jsa";
    /** Cli's commands that print or write and quit (Cli.commandLine). */
    static final Set<String> OTHER_COMMANDS = Set.of("check", "vram", "lora", "plan", "rehearsals",
            "chapters", "doctor", "help");

    private Relaunch() {
    }

    /** What the running JVM was started as, read once from the process and the system properties. */
    record Jvm(String javaHome, String vmName, String javaVersion, Optional<String> executable,
            Optional<String[]> processArguments, String classPath) {
        static Jvm current() {
            ProcessHandle.Info info = ProcessHandle.current().info();
            return new Jvm(System.getProperty("java.home", ""), System.getProperty("java.vm.name", ""),
                    System.getProperty("java.vm.version", ""), info.command(), info.arguments(),
                    System.getProperty("java.class.path", ""));
        }
    }

    /**
     * The jar and the archive it gets.
     *
     * @param archive the archive to map, when a former run wrote it
     * @param dumpTo  where this run writes the archive when it has none yet (renamed into place once it exits)
     */
    record Plan(List<String> command, Path archive, Optional<Path> dumpTo) {
    }

    /** The windows (no arguments, {@code present}, or a deck folder). */
    static final String WINDOWS = "windows";
    /** A PDF or PNG export: C2 compiling on the second core was its largest single cost under the plain jar. */
    static final String EXPORT = "export";

    /**
     * What {@code args} runs, as far as the relaunch cares: {@link #WINDOWS}, {@link #EXPORT}, or null for a
     * command that runs in place. Each kind has its own archive: an export loads PDFBox, the windows JavaFX's
     * controls, and an archive holds the classes of the run that wrote it.
     */
    static String kind(String[] args) {
        if (args.length == 0) {
            return WINDOWS;
        }
        String first = args[0];
        if (first.equals("present")) {
            return WINDOWS;
        }
        if (first.equals(EXPORT)) {
            return EXPORT;
        }
        // `estrado DECK` is `estrado present DECK` (Cli.run): neither an option nor another command
        if (first.startsWith("-") || OTHER_COMMANDS.contains(first)) {
            return null;
        }
        try {
            return Files.exists(Path.of(first)) ? WINDOWS : null;
        } catch (RuntimeException e) {
            return null; // not a path at all
        }
    }

    /**
     * The relaunch, or empty when the app runs in this process. Pure but for reading the cache folder.
     *
     * @param variable  the value of {@code ESTRADO_RELAUNCH} (or null), else the system property's
     * @param options   the launcher's JVM options from the manifest (empty: not the runnable jar)
     * @param cacheDir  the user's cache folder for estrado
     */
    static Optional<Plan> plan(String[] args, String variable, Jvm jvm, String options, Path cacheDir) {
        String kind = kind(args);
        if (kind == null || variable != null && (variable.equals(CHILD) || variable.equals("0")
                || variable.equalsIgnoreCase("false")) || options.isBlank()) {
            return Optional.empty();
        }
        String vm = jvm.vmName().toLowerCase(Locale.ROOT);
        if (!vm.contains("openjdk") && !vm.contains("hotspot") || jvm.processArguments().isEmpty()) {
            return Optional.empty(); // another JVM may not know the options; without our command line we cannot repeat it
        }
        String[] started = jvm.processArguments().get();
        // `java -jar JAR ARGS`, nothing before -jar: the user gave no options of their own
        if (started.length != 2 + args.length || !started[0].equals("-jar") || !started[1].equals(jvm.classPath())) {
            return Optional.empty();
        }
        Path jar = Path.of(jvm.classPath()).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        Path archive = cacheDir.resolve(archiveName(kind, jar, jvm));
        List<String> cmd = new ArrayList<>();
        // the same program: a double-clicked jar runs in javaw on Windows, which opens no console window
        cmd.add(jvm.executable().orElse(Path.of(jvm.javaHome(), "bin", "java").toString()));
        cmd.addAll(Arrays.asList(options.trim().split("\\s+")));
        Optional<Path> dumpTo = Optional.empty();
        if (Files.isRegularFile(archive)) {
            cmd.add("-XX:SharedArchiveFile=".concat(archive.toString()));
        } else {
            Path temp = cacheDir.resolve(archive.getFileName().toString().concat(".")
                    .concat(Long.toString(ProcessHandle.current().pid())).concat(".tmp"));
            cmd.add("-XX:ArchiveClassesAtExit=".concat(temp.toString()));
            dumpTo = Optional.of(temp);
        }
        // an archive that does not fit (another JDK build, a rebuilt jar) is skipped by the JVM: say nothing
        cmd.add("-Xshare:auto");
        cmd.add("-Xlog:cds=off,cds+dynamic=off");
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(Arrays.asList(args));
        return Optional.of(new Plan(List.copyOf(cmd), archive, dumpTo));
    }

    /**
     * The archive's name: a hash of the jar (its path, size and time: the JVM itself refuses an archive whose jar
     * changed, and hashing 25 MB of jar would cost each start ~0.1 s) and of the JVM build, so a new estrado or
     * a new Java gets its own archive instead of a refused one.
     */
    static String archiveName(String kind, Path jar, Jvm jvm) {
        long size;
        long time;
        try {
            size = Files.size(jar);
            time = Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            size = -1;
            time = -1;
        }
        String key = String.join("|", jar.toString(), Long.toString(size), Long.toString(time), jvm.javaHome(),
                jvm.javaVersion());
        return String.join("", "estrado-", kind, "-", Long.toHexString(fnv64(key)), ARCHIVE_SUFFIX);
    }

    static long fnv64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /**
     * Runs the app in a new JVM when it should (see the class comment) and returns its exit code; empty when
     * the app is to run in this process.
     */
    static Optional<Integer> run(String[] args) {
        if (kind(args) == null) {
            return Optional.empty(); // check, --version…: nothing else to look at
        }
        String variable = System.getenv(VARIABLE);
        if (variable == null) {
            variable = System.getProperty(PROPERTY);
        }
        Map<String, String> env = System.getenv();
        Optional<Plan> plan = plan(args, variable, Jvm.current(), manifestOptions(), cacheDirectory(env,
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", "."))));
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        Plan p = plan.get();
        try {
            Files.createDirectories(p.archive().getParent());
        } catch (IOException e) {
            return Optional.empty(); // a read-only home: no archive to keep, run as before
        }
        if (p.dumpTo().isEmpty()) {
            markUsed(p.archive());
        }
        ProcessBuilder builder = new ProcessBuilder(p.command()).inheritIO();
        builder.environment().put(VARIABLE, CHILD);
        builder.environment().put(LAUNCHER_PID, Long.toString(ProcessHandle.current().pid()));
        if (WINDOWS.equals(kind(args))) {
            SoftwareRendering.prepareChild(builder.environment(),
                    SoftwareRendering.mark(p.archive().getParent(), env), System.currentTimeMillis());
        }
        Process child;
        try {
            child = builder.start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        // killed or interrupted (Ctrl-C reaches the child itself): the child must not outlive us
        Runtime.getRuntime().addShutdownHook(new Thread(new Forward(child), "estrado-relaunch"));
        int code;
        while (true) {
            try {
                code = child.waitFor();
                break;
            } catch (InterruptedException e) {
                // keep waiting: the child's end is ours
            }
        }
        if (p.dumpTo().isPresent()) {
            publish(p.dumpTo().get(), p.archive(), code);
        }
        return Optional.of(code);
    }

    /**
     * In the app a launcher started: ends when that launcher ends. Killed outright (kill -9, a task manager's "end
     * process"), the launcher runs no shutdown hook, and its app went on presenting beside the next start, both
     * writing the same live state (seen in a TA's trial). Halted as a crash is, so the next start offers to resume.
     * An estrado this app starts in turn (another deck) carries the variable too, but its parent is not that
     * launcher: it lives on.
     */
    static void endWithLauncher(Map<String, String> env) {
        ProcessHandle.current().parent()
                .filter(parent -> startedBy(env.get(LAUNCHER_PID), parent.pid()))
                .ifPresent(launcher -> launcher.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
    }

    /** Whether this process's parent, {@code parentPid}, is the launcher named by {@code launcherPid}. */
    static boolean startedBy(String launcherPid, long parentPid) {
        return launcherPid != null && launcherPid.equals(Long.toString(parentPid));
    }

    /** Destroys the child on our shutdown, unless it has already ended. */
    private record Forward(Process child) implements Runnable {
        @Override
        public void run() {
            if (child.isAlive()) {
                child.destroy();
            }
        }
    }

    /**
     * Puts the archive a run wrote into place (a rename: a second estrado never maps half a file) and removes the
     * archives of former jars; a run that failed keeps no archive.
     */
    static void publish(Path written, Path archive, int exitCode) {
        try {
            if (exitCode != 0 || !Files.isRegularFile(written) || Files.size(written) == 0) {
                Files.deleteIfExists(written);
                return;
            }
            try {
                Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            // files a killed run left half-written over an hour ago, and the same kind's archives beyond the
            // KEPT most recently used: two estrado jars used in turn (two versions, a benchmark of one against
            // the other) each keep theirs, instead of each run deleting the other's and writing its own again
            String name = archive.getFileName().toString();
            String sameKind = name.substring(0, name.lastIndexOf('-') + 1).concat("*");
            long hourAgo = System.currentTimeMillis() - 3_600_000L;
            List<Path> archives = new ArrayList<>();
            try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), sameKind)) {
                for (Path f : old) {
                    if (!f.getFileName().toString().endsWith(".tmp")) {
                        archives.add(f);
                    } else if (Files.getLastModifiedTime(f).toMillis() < hourAgo) {
                        Files.deleteIfExists(f);
                    }
                }
            }
            archives.remove(archive);
            archives.sort(new NewestFirst());
            for (int i = KEPT - 1; i < archives.size(); i++) {
                Files.deleteIfExists(archives.get(i));
            }
        } catch (IOException e) {
            // no archive this time; the next run writes one
        }
    }

    /** Archives of one kind kept in the cache (each ~30-40 MB): the jar just run and the two used before it. */
    static final int KEPT = 3;

    /** Most recently used first (a run that maps an archive marks it used, see {@link #markUsed}). */
    private static final class NewestFirst implements java.util.Comparator<Path> {
        @Override
        public int compare(Path a, Path b) {
            return Long.compare(modified(b), modified(a));
        }

        private static long modified(Path p) {
            try {
                return Files.getLastModifiedTime(p).toMillis();
            } catch (IOException e) {
                return 0;
            }
        }
    }

    /** An archive this run maps counts as recently used, so another jar's archive is removed before it. */
    static void markUsed(Path archive) {
        try {
            Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // a read-only cache: the archive is still mapped, just aged as written
        }
    }

    /** The launcher's options from the jar's manifest; "" when there is none (not the runnable jar). */
    static String manifestOptions() {
        try (InputStream in = Relaunch.class.getClassLoader().getResourceAsStream("META-INF/MANIFEST.MF")) {
            if (in == null) {
                return "";
            }
            String v = new Manifest(in).getMainAttributes().getValue(MANIFEST_KEY);
            return v == null ? "" : v;
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The user's cache folder for estrado: {@code $XDG_CACHE_HOME/estrado} or {@code ~/.cache/estrado} on Linux,
     * {@code ~/Library/Caches/estrado} on macOS, {@code %LOCALAPPDATA%\estrado\cache} on Windows.
     */
    static Path cacheDirectory(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("estrado").resolve("cache");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Caches").resolve("estrado");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("estrado");
    }
}
