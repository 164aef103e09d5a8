package estrado.export;

/** Told after each page is written, so a terminal line or a progress bar can follow an export. */
@FunctionalInterface
public interface ProgressListener {
    void pageDone(int done, int total);

    static ProgressListener none() {
        return (done, total) -> { };
    }
}
