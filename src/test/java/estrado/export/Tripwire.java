package estrado.export;

/**
 * Loaded only if something instantiates it by name, which a deck must never be able to do. Its flag
 * lives elsewhere: reading a static field of this class would itself load it.
 */
public final class Tripwire {
    static {
        NoCodeNoNetworkTest.TRIPPED.set(true);
    }

    public Tripwire() {
    }
}
