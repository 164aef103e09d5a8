package estrado.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortableNativesTest {
    @TempDir
    Path dir;

    /** A fake jar: resource name to bytes, counting what is read. */
    private final Map<String, byte[]> jar = new HashMap<>();
    private final List<String> reads = new ArrayList<>();
    private final ClassLoader resources = new ClassLoader(null) {
        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] b = jar.get(name);
            if (b == null) {
                return null;
            }
            reads.add(name);
            return new ByteArrayInputStream(b);
        }
    };

    private Properties index(String... systemFileContent) throws IOException {
        Properties index = new Properties();
        index.setProperty("javafx.version", "21.0.11");
        for (int i = 0; i < systemFileContent.length; i += 2) {
            byte[] bytes = systemFileContent[i + 1].getBytes(StandardCharsets.UTF_8);
            jar.put("estrado/natives/" + systemFileContent[i], bytes);
            Path probe = Files.write(dir.resolve("probe"), bytes);
            index.setProperty(systemFileContent[i], PortableNatives.fingerprint(probe));
            Files.delete(probe);
        }
        return index;
    }

    @Test
    void namesEverySystemJavaFxIsBuiltFor() {
        assertEquals(Optional.of("linux-x64"), PortableNatives.system("Linux", "amd64"));
        assertEquals(Optional.of("linux-aarch64"), PortableNatives.system("Linux", "aarch64"));
        assertEquals(Optional.of("windows-x64"), PortableNatives.system("Windows 11", "amd64"));
        assertEquals(Optional.of("macos-x64"), PortableNatives.system("Mac OS X", "x86_64"));
        assertEquals(Optional.of("macos-aarch64"), PortableNatives.system("Mac OS X", "aarch64"));
        assertEquals(Optional.empty(), PortableNatives.system("Linux", "riscv64"));
        assertEquals(Optional.empty(), PortableNatives.system("FreeBSD", "amd64"));
    }

    @Test
    void unpacksOnlyThisSystemsLibrariesAndOnlyOnce() throws IOException {
        Properties index = index("linux-x64/libglass.so", "x64 glass", "linux-aarch64/libglass.so", "arm glass",
                "windows-x64/glass.dll", "windows glass");
        Path cache = dir.resolve("cache/21.0.11/linux-aarch64");

        assertEquals(cache, PortableNatives.unpack(index, "linux-aarch64", cache, resources));
        assertEquals("arm glass", Files.readString(cache.resolve("libglass.so")));
        try (var files = Files.list(cache)) {
            assertEquals(1, files.count(), "no other system's library, no temporary file left");
        }
        assertEquals(List.of("estrado/natives/linux-aarch64/libglass.so"), reads);

        reads.clear();
        PortableNatives.unpack(index, "linux-aarch64", cache, resources);
        assertEquals(List.of(), reads, "a second start reads nothing from the jar");
    }

    @Test
    void replacesAStaleOrDamagedCopy() throws IOException {
        Properties index = index("macos-x64/libglass.dylib", "the right bytes");
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.writeString(cache.resolve("libglass.dylib"), "the wrong bytes"); // same size, other content

        PortableNatives.unpack(index, "macos-x64", cache, resources);

        assertArrayEquals("the right bytes".getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(cache.resolve("libglass.dylib")));
    }

    @Test
    void refusesALibraryThatDoesNotMatchTheIndex() throws IOException {
        Properties index = index("windows-x64/glass.dll", "listed bytes");
        jar.put("estrado/natives/windows-x64/glass.dll", "other bytes".getBytes(StandardCharsets.UTF_8));
        Path cache = dir.resolve("cache");

        assertThrows(IOException.class, () -> PortableNatives.unpack(index, "windows-x64", cache, resources));
        assertFalse(Files.exists(cache.resolve("glass.dll")));
    }

    @Test
    void saysWhichSystemsTheJarCarries() throws IOException {
        Properties index = index("linux-x64/libglass.so", "x");
        assertTrue(PortableNatives.carries(index, "linux-x64"));
        assertFalse(PortableNatives.carries(index, "linux-x6"));
        assertFalse(PortableNatives.carries(index, "windows-x64"));
    }
}
