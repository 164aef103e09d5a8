package estrado.present.talk;

import estrado.deck.Deck;
import estrado.deck.Slide;
import estrado.plan.DeckPlan;
import estrado.timing.Pace;
import estrado.timing.PaceSettings;
import estrado.timing.PaceTracker;
import estrado.timing.Plan;
import estrado.timing.PresentationSnapshot;
import estrado.timing.InkStroke;
import estrado.timing.RunLog;
import estrado.timing.RunLogStore;
import estrado.timing.SlotEnd;
import estrado.timing.TalkTimer;
import estrado.timing.TimerState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

/**
 * The talk's clock and its record, kept in step with the {@link Presentation}: the timer, the pace against the
 * deck's plan, and the run log. Every change of slide, step or timer is saved as the live state (for a resume
 * after a crash), and at least every {@link #SAVE_EVERY} while the talk runs.
 *
 * <p>Time comes only from the injected {@link Clock}: the window calls {@link #tick()} once a second, a test
 * moves a fixed clock and calls it by hand. The views observe the properties (timer, pace, plan, now).
 *
 * <p>Why ~450 lines: it is the one place where the timer, the run and the plan change together (start, pause, move,
 * correct, reset, finish, resume), and a quarter of it is the one-line properties and getters the views read. The
 * slot's fitting ({@link SlotFit}) and the run's saving ({@link RunRecorder}) are out already; splitting the
 * transitions would put the timer and the run in two places that must agree.
 */
public final class TalkSession {
    /**
     * The longest the live state may lag behind while the talk runs. A resume promises the clock within 5 s;
     * the window ticks once a second, so saving every 3 s keeps the worst case (4 s) inside it.
     */
    public static final Duration SAVE_EVERY = Duration.ofSeconds(3);

    private final Presentation presentation;
    private final Clock clock;
    private final PaceSettings settings;
    private final RunRecorder recorder;
    private final ReadOnlyObjectWrapper<TalkTimer> timer = new ReadOnlyObjectWrapper<>(TalkTimer.notStarted());
    private final ReadOnlyObjectWrapper<Pace> pace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private PaceTracker tracker;
    private String deckId;
    /** Set while a resume puts the talk back: those moves and strokes are the run's already. */
    private boolean restoring;
    private final SlotFit slot;
    private final ReadOnlyStringWrapper slotNotice = new ReadOnlyStringWrapper("");

    /**
     * @param store where the live state and finished runs go, or {@code null} to keep nothing (a quick look)
     * @param background whether saves run on their own thread (the app) or inline (tests)
     */
    public TalkSession(Presentation presentation, Clock clock, PaceSettings settings, RunLogStore store,
            boolean background) {
        this.presentation = presentation;
        this.clock = clock;
        this.settings = settings;
        this.slot = new SlotFit(clock.getZone());
        this.recorder = new RunRecorder(store, background, this::reportProblem);
        now.set(clock.instant());
        deckChanged();
        presentation.deckProperty().addListener((o, a, b) -> {
            deckChanged();
            refresh();
        });
        presentation.positionProperty().addListener((o, a, b) -> moved(a, b));
        // a finished stroke, an undo, a wipe: saved with the run at once, so a crash keeps the ink
        presentation.ink().strokes().addListener((ListChangeListener<InkStroke>) c -> {
            if (recorder.run() != null && !restoring) {
                recorder.inkChanged(presentation.ink().strokes(), running(), deckId);
            }
        });
        refresh();
    }

    private void deckChanged() {
        Deck deck = deck();
        deckId = DeckPlan.deckId(deck);
        replan(slot.planAt(deck, now.get()));
    }

    private void replan(Plan p) {
        tracker = new PaceTracker(p, settings);
        plan.set(p);
    }

    /** Whether the plan is fitted to the real slot: a fixed end, or a first slide after the title. */
    public boolean fitted() {
        return slot.fitted();
    }

    /** The slot's fixed end (pre-lecture dialog, {@code --end}); {@code null} for the deck's duration. */
    public void setSlotEnd(SlotEnd end) {
        slot.setEnd(end);
        if (timer.get().state() == TimerState.NOT_STARTED) {
            replan(slot.planAt(deck(), stamp()));
            refresh();
        }
    }

    public SlotEnd slotEnd() {
        return slot.end();
    }

    /**
     * "Empezar desde aquí": before the clock starts, the talk begins at this slide (where the last class ended).
     * The clock starts with T or the first advance from it; the slides before it get no time in the plan.
     */
    public boolean startFrom(int slideIndex) {
        if (timer.get().state() != TimerState.NOT_STARTED) {
            return false;
        }
        slot.startFrom(DeckPlan.of(deck()), slideIndex);
        presentation.goTo(new Position(Math.max(0, slideIndex), 0));
        replan(slot.planAt(deck(), stamp()));
        refresh();
        return true;
    }

    /** The slide the talk starts from (0 unless "empezar desde aquí" chose another). */
    public int fromSlide() {
        return plan.get().firstSlide();
    }

    /** The sentence said once when the clock starts on a plan fitted to the real slot; empty otherwise. */
    public ReadOnlyStringProperty slotNoticeProperty() {
        return slotNotice.getReadOnlyProperty();
    }

    /** What the fitted plan means, in one sentence: minutes left, until when, from where, and the scale. */
    public String slotText() {
        Plan p = plan.get();
        return slot.text(p, presentation.deckProperty().get().slides().get(p.firstSlide()).title());
    }

    // ---- what the views read ----

    public ReadOnlyObjectProperty<TalkTimer> timerProperty() {
        return timer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Pace> paceProperty() {
        return pace.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** The last problem writing the live state, empty when saving works. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public TalkTimer timer() {
        return timer.get();
    }

    public Pace pace() {
        return pace.get();
    }

    public Plan plan() {
        return plan.get();
    }

    public PaceTracker tracker() {
        return tracker;
    }

    public Clock clock() {
        return clock;
    }

    /** Where runs are kept, or {@code null} when this session keeps nothing. */
    public RunLogStore store() {
        return recorder.store();
    }

    public String deckId() {
        return deckId;
    }

    /** The run so far, or {@code null} before the timer starts. */
    public RunLog run() {
        return recorder.run();
    }

    /** Talk time spent in each section so far (plan order), pauses out; empty before the talk. */
    public Map<String, Duration> sectionActuals() {
        return recorder.sectionActuals(timer.get(), now.get());
    }

    // ---- what the keys do ----

    /** T: starts the talk clock before the talk, pauses it while it runs, resumes it when paused. */
    public void startOrTogglePause() {
        Instant t = stamp();
        TimerState s = timer.get().state();
        if (s == TimerState.NOT_STARTED) {
            start(t);
        } else if (s == TimerState.RUNNING || s == TimerState.PAUSED) {
            timer.set(timer.get().togglePause(t));
            recorder.change(r -> r.withPauses(timer.get().pauses()));
        } else {
            return;
        }
        changed(t);
    }

    /** Starts the talk clock now, if it has not started. */
    public void start() {
        if (timer.get().state() == TimerState.NOT_STARTED) {
            Instant t = stamp();
            start(t);
            changed(t);
        }
    }

    /** ±1 min: corrects the talk clock; ignored before the talk starts or after it ends. */
    public boolean adjust(Duration amount) {
        TimerState s = timer.get().state();
        if (s != TimerState.RUNNING && s != TimerState.PAUSED) {
            return false;
        }
        Instant t = stamp();
        timer.set(timer.get().adjust(t, amount));
        changed(t);
        return true;
    }

    /** Back to before the talk: the run so far is dropped and the live state forgotten. Ask first. */
    public void reset() {
        Instant t = stamp();
        timer.set(timer.get().reset());
        recorder.forget(deckId);
        slotNotice.set("");
        slot.unfix();
        replan(slot.planAt(deck(), t));
        refresh();
    }

    /**
     * Ends the run: the timer stops, the run is written as a new file and the live state is forgotten.
     *
     * @return the run file, if a run was going on and could be written
     */
    public Optional<Path> finish() {
        TimerState s = timer.get().state();
        if (s != TimerState.RUNNING && s != TimerState.PAUSED) {
            return Optional.empty();
        }
        Instant t = stamp();
        timer.set(timer.get().finish(t));
        recorder.change(r -> r.withPauses(timer.get().pauses()).finish(t));
        refresh();
        return recorder.writeFinished(deckId, this::reportProblem);
    }

    /** Waits for pending saves (on close). */
    public void flush() {
        recorder.flush();
    }

    /**
     * Continues a run that stopped without finishing: the same slide and step, the same timer instants, the plan
     * fitted as when its clock started. The time estrado was not running is logged as a pause, so the talk clock
     * continues from where it was; back before a fixed end, the class went on meanwhile, so that time is also added
     * back as a correction (what + would do by hand) and the time left follows the real end. A paused timer stays
     * paused.
     */
    public void resume(PresentationSnapshot s) {
        TalkTimer tm = s.timer();
        replan(slot.resume(deck(), s.run() == null ? null : s.run().slot(), tm.startedAt()));
        Plan p = plan.get();
        int index = p.slideIndexOf(s.slideId());
        if (index < 0) {
            index = Math.min(s.slideIndex(), p.slideCount() - 1);
        }
        restoring = true;
        try {
            presentation.goTo(new Position(index, s.step()));
        } finally {
            restoring = false;
        }
        Instant t = stamp();
        if (tm.state() == TimerState.RUNNING && t.isAfter(s.savedAt()) && !s.savedAt().isBefore(tm.startedAt())) {
            tm = tm.pause(s.savedAt()).resume(t);
            if (slot.classGoesOnAt(tm.startedAt(), t)) {
                tm = tm.adjust(t, Duration.between(s.savedAt(), t));
            }
        }
        timer.set(tm);
        RunLog r = s.run() != null ? s.run()
                : RunLog.start(newRunId(), deckId, deckTitle(), RunLog.sectionsOf(p), tm.startedAt());
        recorder.begin((fitted() ? r.withSlot(slot.runSlot(p)) : r).withPauses(tm.pauses()));
        restoring = true;
        try {
            presentation.ink().restore(recorder.run().ink()); // the strokes are back on their slides
        } finally {
            restoring = false;
        }
        enterCurrent(t);
        changed(t);
    }

    /**
     * Keeps an unfinished run the lecturer chose not to resume: it is written as a run that ended when its state
     * was last saved, and the live state is forgotten.
     *
     * @return the run file, if there was a run to keep
     */
    public static Optional<Path> archive(RunLogStore store, PresentationSnapshot s) throws IOException {
        return RunRecorder.archive(store, s);
    }

    /** Reads the clock: refreshes the pace and saves the live state if the last save is too old. */
    public void tick() {
        Instant t = stamp();
        refresh();
        if (running() && recorder.due(t)) {
            recorder.save(t, snapshot());
        }
    }

    /** The live state as it would be saved now. */
    public PresentationSnapshot snapshot() {
        Instant t = now.get();
        Position pos = presentation.position();
        return new PresentationSnapshot(deckId, presentation.currentSlide().id(), pos.slide(), pos.step(),
                timer.get(), t, recorder.run() == null ? null : recorder.live(timer.get(), t));
    }

    // ---- internals ----

    private void moved(Position from, Position to) {
        if (restoring) {
            return;
        }
        Instant t = stamp();
        TimerState s = timer.get().state();
        if (s == TimerState.NOT_STARTED) {
            // "next" from the title slide starts the talk; jumping around to check slides before it does not
            int first = plan.get().firstSlide();
            if (from.slide() == first && to.slide() == first + 1) {
                start(t);
            }
        } else if ((s == TimerState.RUNNING || s == TimerState.PAUSED) && from.slide() != to.slide()) {
            enterCurrent(t);
        }
        changed(t);
    }

    private void start(Instant t) {
        timer.set(timer.get().start(t));
        if (fitted()) {
            // the time actually left, fixed now: a late start or a later first slide shrinks or stretches the rest
            replan(slot.fixAt(deck(), t));
        }
        Plan p = plan.get();
        // ink drawn before the clock started is part of the run too
        RunLog run = RunLog.start(newRunId(), deckId, deckTitle(), RunLog.sectionsOf(p), t)
                .withInk(presentation.ink().strokes());
        recorder.begin(fitted() ? run.withSlot(slot.runSlot(p)) : run);
        if (fitted()) {
            slotNotice.set(slotText());
        }
        enterCurrent(t);
    }

    private void enterCurrent(Instant t) {
        Slide slide = presentation.currentSlide();
        String section = deck().sectionOf(slide).id();
        recorder.change(r -> r.enter(slide.id(), slide.title(), section, t));
    }

    private void changed(Instant t) {
        refresh();
        if (running()) {
            recorder.save(t, snapshot());
        }
    }

    private boolean running() {
        TimerState s = timer.get().state();
        return s == TimerState.RUNNING || s == TimerState.PAUSED;
    }

    /** How many times this session's ink was written (tests: a slide change writes none). */
    public long inkWrites() {
        return recorder.inkWrites();
    }

    private Instant stamp() {
        Instant t = clock.instant();
        now.set(t);
        return t;
    }

    private void refresh() {
        Instant t = now.get();
        int slide = presentation.position().slide();
        Plan p = plan.get();
        if (recorder.run() == null || timer.get().state() == TimerState.NOT_STARTED) {
            pace.set(tracker.pace(timer.get(), t, slide, null));
        } else {
            String sectionId = p.sections().get(p.sectionOfSlide(slide)).id();
            Duration sectionElapsed = recorder.live(timer.get(), t).sectionElapsed(sectionId, t);
            pace.set(tracker.pace(slide, timer.get().elapsed(t), sectionElapsed, t));
        }
    }

    private Deck deck() {
        return presentation.deckProperty().get().deck();
    }

    private String deckTitle() {
        return deck().title();
    }

    private static String newRunId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private void reportProblem(String message) {
        String text = message == null ? "?" : message;
        if (Platform.isFxApplicationThread()) {
            problem.set(text);
        } else {
            Platform.runLater(() -> problem.set(text));
        }
    }
}
