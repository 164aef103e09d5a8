package estrado.timing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChaptersTest {

    private static final Instant T0 = TalkTimerTest.T0;

    private static RunLog finishedRun() {
        return RunLog.start("r1", "deck", "Clase 2", List.of(
                        new RunSection("s1", "Introducción Motivacional", 10),
                        new RunSection("s3", "Hardware --> GPUs", 20)), T0)
                .enter("s1-1", "Costos", "s1", T0)
                .enter("s1-2", null, "s1", T0.plusSeconds(240))
                .enter("s3-1", "VRAM", "s3", T0.plusMillis(9 * 60_000 + 500))
                .enter("s1-2", null, "s1", T0.plusSeconds(20 * 60)) // a look back does not start a new chapter
                .enter("s3-1", "VRAM", "s3", T0.plusSeconds(21 * 60))
                .withPauses(List.of(new Pause(T0.plusSeconds(30 * 60), T0.plusSeconds(35 * 60))))
                .finish(T0.plusSeconds(62 * 60 + 3).plusMillis(4));
    }

    @Test
    void oneCuePerSectionFromItsFirstEntryWithPausesKeptBecauseTheRecordingRunsOn() {
        String expected = """
                WEBVTT

                1
                00:00:00.000 --> 00:09:00.500
                Introducción Motivacional

                2
                00:09:00.500 --> 01:02:03.004
                Hardware \u2192 GPUs
                """;
        assertEquals(expected, Chapters.webVtt(finishedRun()));
    }

    @Test
    void perSlideCuesAndAShiftedRecordingStart() {
        // the recording started 30 s before the talk clock
        String vtt = Chapters.webVtt(finishedRun(), true, T0.minusSeconds(30));
        String expected = """
                WEBVTT

                1
                00:00:30.000 --> 00:04:30.000
                Introducción Motivacional \u2014 Costos

                2
                00:04:30.000 --> 00:09:30.500
                Introducción Motivacional \u2014 s1-2

                3
                00:09:30.500 --> 01:02:33.004
                Hardware \u2192 GPUs \u2014 VRAM
                """;
        assertEquals(expected, vtt);
    }

    @Test
    void timestampsAreHoursMinutesSecondsMillis() {
        assertEquals("00:00:00.000", Chapters.timestamp(Duration.ZERO));
        assertEquals("01:02:03.004", Chapters.timestamp(Duration.ofMillis(3_723_004)));
        assertEquals("00:00:00.000", Chapters.timestamp(Duration.ofSeconds(-5)));
    }
}
