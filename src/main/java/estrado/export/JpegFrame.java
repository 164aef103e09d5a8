package estrado.export;

import java.util.Optional;

/**
 * A JPEG's frame header (its SOF segment): size, sample precision and colour components, read from
 * the bytes without decoding, to tell whether the file can go into a PDF as it is.
 */
record JpegFrame(int width, int height, int precision, int components) {

    /** Whether a PDF shows these bytes as they are, as grey or RGB (CMYK and 12-bit JPEGs are re-encoded). */
    boolean embeddable() {
        return precision == 8 && (components == 1 || components == 3) && width > 0 && height > 0;
    }

    /** The frame header of a JPEG, or empty when the bytes are not one (or end before their frame). */
    static Optional<JpegFrame> of(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return Optional.empty();
        }
        int i = 2;
        while (i + 3 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2; // no length follows these
                continue;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 9 >= b.length) {
                    return Optional.empty();
                }
                int precision = b[i + 4] & 0xFF;
                int height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                int width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                return Optional.of(new JpegFrame(width, height, precision, b[i + 9] & 0xFF));
            }
            if (marker == 0xD9 || marker == 0xDA || length < 2) {
                return Optional.empty(); // the image data starts (or ends) before any frame: not a JPEG we can read
            }
            i += 2 + length;
        }
        return Optional.empty();
    }
}
