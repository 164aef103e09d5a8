package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The windows' AWT runs without a display (fonts and pixels only), unless the user says otherwise. */
class ToolkitStartTest {
    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(ToolkitStart.HEADLESS_AWT);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(ToolkitStart.HEADLESS_AWT);
        } else {
            System.setProperty(ToolkitStart.HEADLESS_AWT, saved);
        }
    }

    @Test
    void awtOpensNoDisplayOfItsOwn() {
        System.clearProperty(ToolkitStart.HEADLESS_AWT);
        ToolkitStart.prepare();
        assertEquals("true", System.getProperty(ToolkitStart.HEADLESS_AWT));
    }

    @Test
    void theUsersChoiceStays() {
        System.setProperty(ToolkitStart.HEADLESS_AWT, "false");
        ToolkitStart.prepare();
        assertEquals("false", System.getProperty(ToolkitStart.HEADLESS_AWT));
    }
}
