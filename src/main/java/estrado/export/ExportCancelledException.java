package estrado.export;

import java.util.concurrent.CancellationException;

/** The user cancelled an export; whatever was half-written has been removed. */
public final class ExportCancelledException extends CancellationException {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException(int pagesDone) {
        super("cancelled after " + pagesDone + " pages");
    }
}
