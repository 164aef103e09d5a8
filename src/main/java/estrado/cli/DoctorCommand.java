package estrado.cli;

import estrado.deck.Problem;
import estrado.i18n.Messages;
import estrado.plan.DeckPlan;
import estrado.preflight.CheckItem;
import estrado.preflight.Display;
import estrado.preflight.Displays;
import estrado.preflight.PreLectureCheck;
import estrado.preflight.ScreenChoices;
import estrado.preflight.ScreenRoles;
import estrado.preflight.StateFiles;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.OverflowCheck;
import estrado.render.SlideRenderer;
import estrado.render.WidgetViews;
import estrado.timing.RunLogStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code estrado doctor}: the pre-lecture check without opening the talk: screens and their roles, the plan
 * against the slot, the deck's problems (every slide drawn off-screen), the state directory. Exits 1 if something
 * would stop the talk.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true, resourceBundle = "estrado.cli.doctor")
final class DoctorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DeckFolder deck;

    @Option(names = "--state-dir", paramLabel = "DIR", descriptionKey = "stateDir")
    Path stateDir;

    @Option(names = "--no-screens", descriptionKey = "doctor.noScreens")
    boolean noScreens;

    private final WidgetViews widgets;

    DoctorCommand(WidgetViews widgets) {
        this.widgets = widgets;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = deck.folder();
        Path dir = StateFiles.directory(stateDir);
        List<CheckItem> items = new ArrayList<>(screens(dir));
        items.add(new CheckItem(CheckItem.Level.INFO, CheckItem.Topic.CLICKER, Messages.get("doctor.clicker")));
        OpenedDeck opened = OpenedDeck.open(folder, widgets);
        opened.deck().ifPresent(d -> items.addAll(PreLectureCheck.plan(DeckPlan.of(d))));
        List<Problem> problems = new ArrayList<>(opened.problems());
        if (opened.context().isPresent()) {
            FxRuntime.startHeadless();
            // sizes only, as `check` and the pre-lecture dialog measure: no picture decoded
            problems.addAll(FxRuntime.call(() -> OverflowCheck.run(
                    new SlideRenderer(opened.context().get()).withoutPixels())));
        }
        items.addAll(PreLectureCheck.deck(problems, opened.root()));
        opened.deck().ifPresent(d -> items.addAll(
                PreLectureCheck.state(dir, new RunLogStore(dir), DeckPlan.deckId(d), ZoneId.systemDefault())));

        // the verdict first, as in the dialog; the author's homework last, under its count
        out.println(PreLectureCheck.verdict(items));
        out.println();
        items.sort(Comparator.comparing(CheckItem::topic));
        long homework = items.stream().filter(i -> i.topic() == CheckItem.Topic.AUTHOR).count();
        CheckItem.Topic topic = null;
        for (CheckItem i : items) {
            if (i.topic() != topic) {
                topic = i.topic();
                out.println(Messages.get(topic.messageKey(), homework));
            }
            out.println(String.format("  %-6s %s", Messages.get(i.level().messageKey()), i.text()));
        }
        CheckItem.Level worst = PreLectureCheck.worst(items);
        out.println();
        out.println(Messages.get(worst.summaryKey()));
        out.flush();
        return worst == CheckItem.Level.ERROR ? 1 : 0;
    }

    /**
     * The monitors, if a window system is there to ask. Doctor must not open a window, and JavaFX started without
     * a display would report Monocle's pretend screen, so without a display it says so instead.
     */
    private List<CheckItem> screens(Path dir) {
        if (noScreens || !hasDisplay()) {
            return List.of(new CheckItem(CheckItem.Level.WARNING, CheckItem.Topic.SCREENS,
                    Messages.get("doctor.noDisplay")));
        }
        try {
            FxRuntime.quietStartupWarning();
            CompletableFuture<List<Display>> f = new CompletableFuture<>();
            Platform.startup(() -> f.complete(Displays.current()));
            List<Display> ds = f.get(10, TimeUnit.SECONDS);
            ScreenChoices choices = ScreenChoices.load(dir);
            return PreLectureCheck.screens(ds, ScreenRoles.assign(ds, choices.isSwapped(ScreenRoles.monitorSetKey(ds))));
        } catch (Exception | LinkageError e) {
            return List.of(new CheckItem(CheckItem.Level.ERROR, CheckItem.Topic.SCREENS,
                    Messages.get("doctor.screensFailed", String.valueOf(e.getMessage()))));
        }
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.contains("mac")) {
            return true;
        }
        String x = System.getenv("DISPLAY");
        String w = System.getenv("WAYLAND_DISPLAY");
        return x != null && !x.isBlank() || w != null && !w.isBlank();
    }
}
