package estrado.present.ink;

/** Where ink goes: a slide, by id, at a reveal step. */
public record Page(String slideId, int step) {
}
