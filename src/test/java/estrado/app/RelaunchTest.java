package estrado.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelaunchTest {
    private static final String OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m";

    @TempDir
    Path dir;
    private Path jar;
    private Path cache;

    @BeforeEach
    void jar() throws IOException {
        jar = Files.write(dir.resolve("estrado.jar"), new byte[] {1, 2, 3});
        cache = dir.resolve("cache");
    }

    private Relaunch.Jvm jvm(String... started) {
        return new Relaunch.Jvm("/opt/jdk", "OpenJDK 64-Bit Server VM", "17.0.15+6", Optional.empty(),
                Optional.of(started), jar.toString());
    }

    private Optional<Relaunch.Plan> plan(String[] args, String variable, Relaunch.Jvm jvm) {
        return Relaunch.plan(args, variable, jvm, OPTIONS, cache);
    }

    @Test
    void theWindowsStartOnceMoreWithTheLaunchersOptionsAndWriteTheArchiveOnTheFirstRun() {
        String[] args = {"present", "--no-check"};
        Relaunch.Plan p = plan(args, null, jvm("-jar", jar.toString(), "present", "--no-check")).orElseThrow();
        List<String> cmd = p.command();
        assertEquals(Path.of("/opt/jdk", "bin", "java").toString(), cmd.get(0));
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m"), cmd.subList(1, 4));
        assertEquals(List.of("-jar", jar.toAbsolutePath().toString(), "present", "--no-check"),
                cmd.subList(cmd.size() - 4, cmd.size()));
        Path temp = p.dumpTo().orElseThrow();
        assertTrue(cmd.contains("-XX:ArchiveClassesAtExit=" + temp), cmd.toString());
        assertEquals(cache, temp.getParent());
        assertEquals(cache, p.archive().getParent());
        assertNotEquals(p.archive(), temp, "written aside, renamed into place");
        assertFalse(cmd.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")));
    }

    @Test
    void theSameJavaProgramWhenTheProcessNamesIt() {
        String[] none = {};
        Relaunch.Jvm javaw = new Relaunch.Jvm("C:\\jdk", "OpenJDK 64-Bit Server VM", "17", Optional.of("C:\\jdk\\bin\\javaw.exe"),
                Optional.of(new String[] {"-jar", jar.toString()}), jar.toString());
        assertEquals("C:\\jdk\\bin\\javaw.exe", plan(none, null, javaw).orElseThrow().command().get(0));
    }

    @Test
    void aLaterRunMapsTheArchive() throws IOException {
        String[] none = {};
        Path archive = plan(none, null, jvm("-jar", jar.toString())).orElseThrow().archive();
        Files.createDirectories(cache);
        Files.write(archive, new byte[] {9});
        Relaunch.Plan p = plan(none, null, jvm("-jar", jar.toString())).orElseThrow();
        assertTrue(p.command().contains("-XX:SharedArchiveFile=" + archive), p.command().toString());
        assertTrue(p.dumpTo().isEmpty());
    }

    @Test
    void anExportTooWithAnArchiveOfItsOwn() {
        String[] export = {"export", "deck", "--pdf", "x.pdf"};
        Relaunch.Plan e = plan(export, null, jvm("-jar", jar.toString(), "export", "deck", "--pdf", "x.pdf")).orElseThrow();
        assertEquals(List.of("-jar", jar.toAbsolutePath().toString(), "export", "deck", "--pdf", "x.pdf"),
                e.command().subList(e.command().size() - 6, e.command().size()));
        Relaunch.Plan w = plan(new String[] {}, null, jvm("-jar", jar.toString())).orElseThrow();
        assertTrue(e.archive().getFileName().toString().startsWith("estrado-export-"), e.archive().toString());
        assertTrue(w.archive().getFileName().toString().startsWith("estrado-windows-"), w.archive().toString());
    }

    @Test
    void aDeckFolderAloneOpensTheWindowsToo() {
        String[] args = {dir.toString()};
        assertTrue(plan(args, null, jvm("-jar", jar.toString(), dir.toString())).isPresent());
    }

    @Test
    void commandsThatPrintOrWriteRunInPlace() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"check", "deck"},
                new String[] {"vram"},
                new String[] {"no-such-folder"})) {
            String[] started = new String[args.length + 2];
            started[0] = "-jar";
            started[1] = jar.toString();
            System.arraycopy(args, 0, started, 2, args.length);
            assertTrue(plan(args, null, jvm(started)).isEmpty(), String.join(" ", args));
        }
    }

    @Test
    void neverALoopAndOffOnRequest() {
        String[] args = {"present"};
        Relaunch.Jvm j = jvm("-jar", jar.toString(), "present");
        assertTrue(plan(args, Relaunch.CHILD, j).isEmpty(), "the started process runs in place");
        assertTrue(plan(args, "0", j).isEmpty());
        assertTrue(plan(args, "false", j).isEmpty());
        assertTrue(plan(args, "1", j).isPresent());
    }

    @Test
    void optionsGivenByHandAnotherJvmOrAnUnreadableCommandLineRunInPlace() {
        String[] args = {"present"};
        assertTrue(plan(args, null, jvm("-Xmx2g", "-jar", jar.toString(), "present")).isEmpty(), "the user's options");
        assertTrue(plan(args, null, jvm("-cp", jar.toString(), "estrado.app.Main", "present")).isEmpty(),
                "not java -jar (mvn javafx:run, the installer's launcher)");
        assertTrue(plan(args, null, new Relaunch.Jvm("/opt/jdk", "Eclipse OpenJ9 VM", "17", Optional.empty(), Optional.of(
                new String[] {"-jar", jar.toString(), "present"}), jar.toString())).isEmpty());
        assertTrue(plan(args, null, new Relaunch.Jvm("/opt/jdk", "OpenJDK 64-Bit Server VM", "17",
                Optional.empty(), Optional.empty(), jar.toString())).isEmpty());
        assertTrue(Relaunch.plan(args, null, jvm("-jar", jar.toString(), "present"), " ", cache).isEmpty(),
                "no options in the manifest: not the runnable jar");
    }

    @Test
    void aNewJarOrAnotherJavaGetsItsOwnArchive() throws IOException {
        Relaunch.Jvm a = jvm("-jar", jar.toString());
        String first = Relaunch.archiveName(Relaunch.WINDOWS, jar, a);
        assertTrue(first.matches("estrado-windows-[0-9a-f]+\\.jsa"), first);
        assertEquals(first, Relaunch.archiveName(Relaunch.WINDOWS, jar, a));
        assertNotEquals(first, Relaunch.archiveName(Relaunch.WINDOWS, jar, new Relaunch.Jvm("/opt/jdk", "OpenJDK 64-Bit Server VM",
                "17.0.16+8", Optional.empty(), a.processArguments(), jar.toString())));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertNotEquals(first, Relaunch.archiveName(Relaunch.WINDOWS, jar, a));
    }

    @Test
    void aWrittenArchiveReplacesTheLeastRecentlyUsedJarsAndAFailedRunKeepsNone() throws IOException {
        Files.createDirectories(cache);
        long now = System.currentTimeMillis();
        Path old = Files.write(cache.resolve("estrado-windows-0123.jsa"), new byte[] {1});
        Files.setLastModifiedTime(old, FileTime.fromMillis(now - 3_000_000L));
        Path usedBefore = Files.write(cache.resolve("estrado-windows-1111.jsa"), new byte[] {1});
        Files.setLastModifiedTime(usedBefore, FileTime.fromMillis(now - 2_000_000L));
        Path usedLast = Files.write(cache.resolve("estrado-windows-2222.jsa"), new byte[] {1});
        Files.setLastModifiedTime(usedLast, FileTime.fromMillis(now - 1_000_000L));
        Path export = Files.write(cache.resolve("estrado-export-0123.jsa"), new byte[] {1});
        Path archive = cache.resolve("estrado-windows-4567.jsa");
        Path written = Files.write(cache.resolve("estrado-windows-4567.jsa.42.tmp"), new byte[] {1, 2});
        Path killed = Files.write(cache.resolve("estrado-windows-0123.jsa.7.tmp"), new byte[] {1});
        Files.setLastModifiedTime(killed, FileTime.fromMillis(System.currentTimeMillis() - 7_200_000L));
        Path running = Files.write(cache.resolve("estrado-windows-4567.jsa.8.tmp"), new byte[] {1});
        Relaunch.publish(written, archive, 0);
        assertFalse(Files.exists(killed), "left by a killed run two hours ago");
        assertTrue(Files.exists(running), "another estrado may be writing it now");
        assertTrue(Files.isRegularFile(archive));
        assertFalse(Files.exists(written));
        assertFalse(Files.exists(old), "the least recently used of four");
        assertTrue(Files.exists(usedBefore), "two other jars keep theirs");
        assertTrue(Files.exists(usedLast));
        assertTrue(Files.exists(export), "the export's archive is another kind");

        // an archive a run maps is used now: another jar's is removed before it
        Relaunch.markUsed(usedBefore);
        Path fifth = Files.write(cache.resolve("estrado-windows-3333.jsa.44.tmp"), new byte[] {1, 2});
        Relaunch.publish(fifth, cache.resolve("estrado-windows-3333.jsa"), 0);
        assertTrue(Files.exists(usedBefore), "marked used just now");
        assertFalse(Files.exists(usedLast), "now the least recently used of four");
        assertTrue(Files.exists(archive));

        Path failed = Files.write(cache.resolve("estrado-windows-89ab.jsa.43.tmp"), new byte[] {1, 2});
        Relaunch.publish(failed, cache.resolve("estrado-windows-89ab.jsa"), 1);
        assertFalse(Files.exists(failed));
        assertFalse(Files.exists(cache.resolve("estrado-windows-89ab.jsa")));
        assertTrue(Files.isRegularFile(cache.resolve("estrado-windows-3333.jsa")), "the good archive stays");
    }

    @Test
    void theCacheFolderOfEachSystem() {
        Path home = Path.of("/home/ana");
        assertEquals(Path.of("/home/ana/.cache/estrado"), Relaunch.cacheDirectory(Map.of(), "Linux", home));
        assertEquals(Path.of("/var/c/estrado"), Relaunch.cacheDirectory(Map.of("XDG_CACHE_HOME", "/var/c"), "Linux", home));
        assertEquals(Path.of("/home/ana/.cache/estrado"),
                Relaunch.cacheDirectory(Map.of("XDG_CACHE_HOME", "rel"), "Linux", home), "a relative one is ignored");
        assertEquals(Path.of("/home/ana/Library/Caches/estrado"), Relaunch.cacheDirectory(Map.of(), "Mac OS X", home));
        assertEquals(home.resolve("AppData").resolve("Local").resolve("estrado").resolve("cache"),
                Relaunch.cacheDirectory(Map.of(), "Windows 11", home));
    }

    /** The options the jar's manifest carries are the installer launcher's (the POM's installer.javaOptions). */
    @Test
    void theManifestCarriesTheInstallersOptions() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<installer.javaOptions>([^<]+)</installer.javaOptions>").matcher(pom);
        assertTrue(m.find());
        assertTrue(pom.contains("<Estrado-Java-Options>${installer.javaOptions}</Estrado-Java-Options>"));
        assertTrue(m.group(1).contains("-XX:TieredStopAtLevel=1"), m.group(1));
    }
}
