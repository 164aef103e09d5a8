package estrado;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Starts JavaFX through TestFX before any test class runs, whatever the order surefire picks.
 * If plain code (FxRuntime, used by `check`) started the toolkit first, TestFX's robot would type
 * into a stage the headless window system never focuses, and key tests would fail by order alone.
 */
public final class TestFxToolkit implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
    }
}
