package estrado.widgets.model;

/**
 * Mixture-of-experts shape: every token is routed to {@code activeExperts} of {@code experts} MLPs.
 *
 * @param experts       experts per MoE layer (Mixtral: 8)
 * @param activeExperts experts used per token (Mixtral: top-2)
 * @param activeParams  published parameters used per token (Mixtral: 12.9B); compute only, memory
 *                      still holds every expert
 */
public record MoeInfo(int experts, int activeExperts, long activeParams) {
    public MoeInfo {
        if (experts < 2) {
            throw new IllegalArgumentException("an MoE model needs at least 2 experts, got " + experts);
        }
        if (activeExperts < 1 || activeExperts > experts) {
            throw new IllegalArgumentException(
                    "active experts must be between 1 and " + experts + ", got " + activeExperts);
        }
        if (activeParams <= 0) {
            throw new IllegalArgumentException("active parameters must be positive, got " + activeParams);
        }
    }
}
