package estrado.widgets.model;

/** Shape of a transformer block's feed-forward network; decides how many matrices LoRA can target. */
public enum MlpKind {
    /** SwiGLU as in LLaMA, Qwen, Mistral, Falcon3: gate and up (h→i), then down (i→h). */
    GATED(3),
    /** Classic GPT MLP with GeLU: up (h→i) and down (i→h), no gate matrix. */
    PLAIN(2);

    private final int matrices;

    MlpKind(int matrices) {
        this.matrices = matrices;
    }

    /** Weight matrices of size hidden × intermediate in one MLP. */
    public int matrices() {
        return matrices;
    }
}
