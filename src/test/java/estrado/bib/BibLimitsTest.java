package estrado.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bibliography cannot exhaust memory: @string bombs and huge files are refused with a location. */
class BibLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aStringMacroBombIsRefusedAtTheEntryNotExpanded() {
        StringBuilder b = new StringBuilder("@string{s0 = \"xxxxxxxxxxxxxxxx\"}\n");
        for (int i = 1; i <= 40; i++) {
            b.append("@string{s").append(i).append(" = s").append(i - 1).append(" # s").append(i - 1).append("}\n");
        }
        b.append("@article{bomba, title = s40, author = {A}, year = 2020}\n");
        BibException e = assertTimeoutPreemptively(Duration.ofSeconds(60), // a hang detector
                () -> assertThrows(BibException.class, () -> Bibliography.parse(b.toString(), "r.bib")));
        assertEquals(42, e.line());
        assertTrue(e.reason().contains("«title» de «bomba»"), e::reason);
    }

    @Test
    void ordinaryMacrosStillExpand() throws BibException {
        Bibliography bib = Bibliography.parse("@string{meta = \"Meta AI\"}\n@misc{k, author = meta # { and others}, title = {T}, year = 2024}\n");
        assertEquals(1, bib.size());
    }

    @Test
    void aFileOverTenMegabytesIsNotRead() throws IOException {
        Path big = dir.resolve("r.bib");
        Files.writeString(big, "% " + "x".repeat(11 * 1024 * 1024));
        BibException e = assertThrows(BibException.class, () -> Bibliography.load(big));
        assertTrue(e.reason().contains("el límite es 10 MB"), e::reason);
        assertEquals(1, e.line());
    }
}
