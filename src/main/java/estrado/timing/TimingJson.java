package estrado.timing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JSON for run logs and snapshots. Instants and durations travel as ISO-8601 strings through small DTO records,
 * so the files are readable and no jackson-datatype-jsr310 module is needed; the DTOs also keep the file format
 * apart from the domain records, which may evolve. Each file carries a {@code format} number for that reason.
 */
final class TimingJson {

    static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private TimingJson() {
    }

    record PauseDto(String start, String end) {
    }

    record CorrectionDto(String at, String amount) {
    }

    record TimerDto(String startedAt, List<PauseDto> pauses, String pausedSince, List<CorrectionDto> corrections,
                    String finishedAt) {
    }

    record SectionDto(String id, String title, double budgetMinutes) {
    }

    record VisitDto(String slideId, String slideTitle, String sectionId, String enteredAt, String leftAt) {
    }

    record SlotDto(String fromSlideId, String end, double minutesLeft, double planMinutes) {
    }

    /** A stroke's points travel as one flat {@code [x0, y0, x1, y1, …]} array, a tenth of a pixel apart at most. */
    record StrokeDto(String slideId, int step, String tool, String colour, double width, List<Double> points) {
    }

    /** {@code ink} was added later in the same format: absent in older files, left out when there is none. */
    record RunDto(int format, String runId, String deckId, String deckTitle, String runStart,
                  List<SectionDto> sections, List<VisitDto> visits, List<PauseDto> pauses, String finishedAt,
                  SlotDto slot, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StrokeDto> ink) {
    }

    record SnapshotDto(int format, String deckId, String slideId, int slideIndex, int step, TimerDto timer,
                       String savedAt, RunDto run) {
    }

    /** The live ink of a run, kept beside its snapshot: written when the ink changes, not at every slide change. */
    record LiveInkDto(int format, String runId, List<StrokeDto> ink) {
    }

    /** The ink file is read back by estrado only: one line, no indentation (it is most of the live state's bytes). */
    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT =
            MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    static byte[] write(RunLog run) throws IOException {
        return MAPPER.writeValueAsBytes(dto(run));
    }

    private static RunDto dto(RunLog run) {
        return new RunDto(FORMAT, run.runId(), run.deckId(), run.deckTitle(),
                str(run.runStart()),
                run.sections().stream().map(s -> new SectionDto(s.id(), s.title(), s.budgetMinutes())).toList(),
                run.visits().stream().map(v -> new VisitDto(v.slideId(), v.slideTitle(), v.sectionId(),
                        str(v.enteredAt()), str(v.leftAt()))).toList(),
                pauses(run.pauses()), str(run.finishedAt()), run.slot() == null ? null
                        : new SlotDto(run.slot().fromSlideId(), run.slot().end(), run.slot().minutesLeft(),
                                run.slot().planMinutes()),
                run.ink().stream().map(TimingJson::dto).toList());
    }

    private static StrokeDto dto(InkStroke s) {
        List<Double> xy = new ArrayList<>(s.points().size() * 2);
        for (InkStroke.Point p : s.points()) {
            xy.add(Math.round(p.x() * 10) / 10.0);
            xy.add(Math.round(p.y() * 10) / 10.0);
        }
        return new StrokeDto(s.slideId(), s.step(), s.tool().name().toLowerCase(Locale.ROOT), s.colour(),
                s.width(), xy);
    }

    private static InkStroke stroke(StrokeDto d) {
        List<Double> xy = list(d.points());
        if (xy.size() % 2 != 0) {
            throw new IllegalArgumentException("a stroke's points need an even count of numbers");
        }
        List<InkStroke.Point> points = new ArrayList<>(xy.size() / 2);
        for (int i = 0; i < xy.size(); i += 2) {
            points.add(new InkStroke.Point(xy.get(i), xy.get(i + 1)));
        }
        return new InkStroke(d.slideId(), d.step(), InkStroke.Tool.valueOf(d.tool().toUpperCase(Locale.ROOT)),
                d.colour(), d.width(), points);
    }

    /** Reads a run; throws on malformed JSON or missing/invalid fields (the store turns that into a message). */
    static RunLog readRun(byte[] json) throws IOException {
        return fromDto(MAPPER.readValue(json, RunDto.class));
    }

    private static RunLog fromDto(RunDto d) {
        checkFormat(d.format());
        return new RunLog(d.runId(), d.deckId(), d.deckTitle(), instant(d.runStart()),
                list(d.sections()).stream().map(s -> new RunSection(s.id(), s.title(), s.budgetMinutes())).toList(),
                list(d.visits()).stream().map(v -> new SlideVisit(v.slideId(), v.slideTitle(), v.sectionId(),
                        instant(v.enteredAt()), instant(v.leftAt()))).toList(),
                pausesFrom(d.pauses()), instant(d.finishedAt()), d.slot() == null ? null
                        : new RunSlot(d.slot().fromSlideId(), d.slot().end(), d.slot().minutesLeft(),
                                d.slot().planMinutes()),
                list(d.ink()).stream().map(TimingJson::stroke).toList());
    }

    static byte[] write(PresentationSnapshot s) throws IOException {
        TalkTimer t = s.timer();
        TimerDto timer = new TimerDto(str(t.startedAt()), pauses(t.pauses()), str(t.pausedSince()),
                t.corrections().stream().map(c -> new CorrectionDto(str(c.at()), c.amount().toString())).toList(),
                str(t.finishedAt()));
        return MAPPER.writeValueAsBytes(new SnapshotDto(FORMAT, s.deckId(), s.slideId(), s.slideIndex(), s.step(),
                timer, str(s.savedAt()), s.run() == null ? null : dto(s.run())));
    }

    static byte[] writeLiveInk(String runId, List<InkStroke> ink) throws IOException {
        return COMPACT.writeValueAsBytes(new LiveInkDto(FORMAT, runId, ink.stream().map(TimingJson::dto).toList()));
    }

    /** The run id and strokes of a live ink file; throws on malformed JSON or an invalid stroke. */
    static java.util.Map.Entry<String, List<InkStroke>> readLiveInk(byte[] json) throws IOException {
        LiveInkDto d = MAPPER.readValue(json, LiveInkDto.class);
        checkFormat(d.format());
        if (d.runId() == null) {
            throw new IllegalArgumentException("no runId");
        }
        return java.util.Map.entry(d.runId(), list(d.ink()).stream().map(TimingJson::stroke).toList());
    }

    static PresentationSnapshot readSnapshot(byte[] json) throws IOException {
        SnapshotDto d = MAPPER.readValue(json, SnapshotDto.class);
        checkFormat(d.format());
        if (d.timer() == null) {
            throw new IllegalArgumentException("no timer");
        }
        TimerDto t = d.timer();
        TalkTimer timer = new TalkTimer(instant(t.startedAt()), pausesFrom(t.pauses()), instant(t.pausedSince()),
                list(t.corrections()).stream()
                        .map(c -> new Correction(instant(c.at()), Duration.parse(c.amount()))).toList(),
                instant(t.finishedAt()));
        return new PresentationSnapshot(d.deckId(), d.slideId(), d.slideIndex(), d.step(), timer,
                instant(d.savedAt()), d.run() == null ? null : fromDto(d.run()));
    }

    private static void checkFormat(int format) {
        if (format != FORMAT) {
            throw new IllegalArgumentException("unsupported format " + format + " (expected " + FORMAT + ")");
        }
    }

    private static List<PauseDto> pauses(List<Pause> pauses) {
        return pauses.stream().map(p -> new PauseDto(str(p.start()), str(p.end()))).toList();
    }

    private static List<Pause> pausesFrom(List<PauseDto> dtos) {
        return list(dtos).stream().map(p -> new Pause(instant(p.start()), instant(p.end()))).toList();
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }
}
