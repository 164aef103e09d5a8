package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegionCacheSettingTest {
    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(PresenterApp.REGION_CACHING);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(PresenterApp.REGION_CACHING);
        } else {
            System.setProperty(PresenterApp.REGION_CACHING, saved);
        }
    }

    @Test
    void theWindowsStartWithoutJavaFxsRegionTexture() {
        System.clearProperty(PresenterApp.REGION_CACHING);
        PresenterApp.keepNoRegionCache();
        assertEquals("true", System.getProperty(PresenterApp.REGION_CACHING));
    }

    @Test
    void aUsersOwnChoiceStays() {
        System.setProperty(PresenterApp.REGION_CACHING, "false");
        PresenterApp.keepNoRegionCache();
        assertEquals("false", System.getProperty(PresenterApp.REGION_CACHING));
    }
}
