package estrado.present;

import estrado.deck.DeckLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens another deck by starting a fresh estrado on it, the way this one was started: one deck per process
 * keeps the talk state, the file watcher and the windows simple (nothing to tear down and rebuild).
 */
final class DeckLaunch {
    static final String MAIN = "estrado.app.Main";

    private DeckLaunch() {
    }

    /** Whether a folder holds a deck (its {@code deck.yaml}). */
    static boolean isDeck(Path folder) {
        return folder != null && Files.isRegularFile(folder.resolve(DeckLoader.DECK_FILE));
    }

    /** Starts {@code estrado present DIR}; the new process outlives this one. */
    static void start(Path deck) throws IOException {
        ProcessHandle.Info info = ProcessHandle.current().info();
        List<String> cmd = command(info.command(), info.arguments(), System.getProperty("java.home"),
                System.getProperty("java.class.path"), deck);
        new ProcessBuilder(cmd).inheritIO().start();
    }

    /**
     * The command line: this JVM's own options and class path or jar (read from the running process, so the
     * installed launcher's heap, GC and class-data archive carry over), then {@code present DIR}. When the
     * process's arguments cannot be read or are not recognised: {@code java -cp <class path> estrado.app.Main}.
     */
    static List<String> command(Optional<String> javaCommand, Optional<String[]> arguments, String javaHome,
            String classPath, Path deck) {
        String java = javaCommand.orElse(Path.of(javaHome, "bin", "java").toString());
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        String[] args = arguments.orElse(new String[0]);
        int end = -1;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-jar") && i + 1 < args.length) {
                end = i + 1;
                break;
            }
            if (args[i].equals(MAIN)) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            cmd.addAll(List.of("-cp", classPath, MAIN));
        } else {
            for (int i = 0; i <= end; i++) {
                // a debugger's agent would ask for the port this process holds
                if (!args[i].startsWith("-agentlib:jdwp") && !args[i].startsWith("-Xrunjdwp")) {
                    cmd.add(args[i]);
                }
            }
        }
        cmd.add("present");
        cmd.add(deck.toAbsolutePath().normalize().toString());
        return cmd;
    }
}
