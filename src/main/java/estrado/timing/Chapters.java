package estrado.timing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WebVTT chapters for the recording of a run: a cue per section (or per slide) starting when it was first shown.
 *
 * <p>Times are wall-clock offsets from the recording start (by default the run start), pauses included, because
 * the recording keeps running through a question break. A section revisited later keeps its first start; each
 * cue ends where the next one starts, the last one at the end of the run.
 */
public final class Chapters {

    private Chapters() {
    }

    /** Chapters of a finished run, one per section, timed from the run start. */
    public static String webVtt(RunLog run) {
        return webVtt(run, false, run.runStart());
    }

    /**
     * Chapters of a run.
     *
     * @param perSlide       one cue per slide ("Section — Slide") instead of one per section
     * @param recordingStart the instant the recording's 00:00:00.000 corresponds to
     */
    public static String webVtt(RunLog run, boolean perSlide, Instant recordingStart) {
        Map<String, Instant> starts = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (SlideVisit v : run.visits()) {
            String key = perSlide ? v.sectionId() + "\u0000" + v.slideId() : v.sectionId();
            if (starts.putIfAbsent(key, v.enteredAt()) == null) {
                String section = run.sectionTitle(v.sectionId());
                titles.put(key, perSlide
                        ? section + " \u2014 " + (v.slideTitle() != null && !v.slideTitle().isBlank()
                        ? v.slideTitle() : v.slideId())
                        : section);
            }
        }
        List<String> keys = new ArrayList<>(starts.keySet());
        keys.sort(Comparator.comparing(starts::get));
        Instant end = runEnd(run);

        StringBuilder out = new StringBuilder("WEBVTT\n");
        for (int i = 0; i < keys.size(); i++) {
            Instant from = starts.get(keys.get(i));
            Instant to = i + 1 < keys.size() ? starts.get(keys.get(i + 1)) : end;
            out.append('\n').append(i + 1).append('\n')
                    .append(timestamp(Duration.between(recordingStart, from))).append(" --> ")
                    .append(timestamp(Duration.between(recordingStart, to))).append('\n')
                    .append(cueText(titles.get(keys.get(i)))).append('\n');
        }
        return out.toString();
    }

    private static Instant runEnd(RunLog run) {
        if (run.finishedAt() != null) {
            return run.finishedAt();
        }
        Instant last = run.runStart();
        for (SlideVisit v : run.visits()) {
            Instant t = v.leftAt() != null ? v.leftAt() : v.enteredAt();
            if (t.isAfter(last)) {
                last = t;
            }
        }
        return last;
    }

    /** A WebVTT timestamp, HH:MM:SS.mmm; negative offsets (before the recording) clamp to zero. */
    public static String timestamp(Duration offset) {
        long ms = Math.max(0, offset.toMillis());
        return String.format("%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /** Cue text cannot hold a blank line or the "-->" arrow, which would end or corrupt the cue. */
    private static String cueText(String title) {
        return title.replaceAll("\\s*[\\r\\n]+\\s*", " ").replace("-->", "\u2192").strip();
    }
}
