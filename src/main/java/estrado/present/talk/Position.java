package estrado.present.talk;

/** Where the talk is: a slide index and the reveal step within it (both from 0). */
public record Position(int slide, int step) {
    public static final Position START = new Position(0, 0);
}
