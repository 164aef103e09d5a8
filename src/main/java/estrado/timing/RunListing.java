package estrado.timing;

import java.util.List;

/**
 * The runs of a deck found on disk, oldest first, and a message for each run file that could not be read.
 *
 * @param runs     the readable runs of the deck, by run start
 * @param problems one line per unreadable run file, naming it
 */
public record RunListing(List<RunLog> runs, List<String> problems) {

    public RunListing {
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
    }
}
