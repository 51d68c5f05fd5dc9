package org.borderliaison.attachment;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which files may be attached: PDF and the image formats scanners and phones produce, recognised by their
 * first bytes. The name and the Content-Type a browser sends are not evidence: an executable renamed
 * {@code .pdf} is still refused, and a file is served back with the type found here.
 */
public final class AttachmentTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] TIFF_LITTLE_ENDIAN = {'I', 'I', 0x2A, 0x00};
    private static final byte[] TIFF_BIG_ENDIAN = {'M', 'M', 0x00, 0x2A};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP = {'W', 'E', 'B', 'P'};

    private AttachmentTypes() {
    }

    /** The media type of an allowed file, or empty when the file is not one we keep. */
    public static Optional<String> detect(byte[] data) {
        if (startsWith(data, 0, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(data, 0, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(data, 0, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(data, 0, TIFF_LITTLE_ENDIAN) || startsWith(data, 0, TIFF_BIG_ENDIAN)) {
            return Optional.of("image/tiff");
        }
        if (startsWith(data, 0, RIFF) && startsWith(data, 8, WEBP)) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] magic) {
        return data.length >= offset + magic.length && Arrays.equals(data, offset, offset + magic.length, magic, 0, magic.length);
    }

    /**
     * The file's own name without any directory a browser may send, control characters or surrounding
     * blanks, at most 200 characters (the extension kept); "tep-dinh-kem" when nothing is left.
     */
    public static String cleanFileName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = org.borderliaison.shared.SearchText.nfc(name.replaceAll("\\p{Cntrl}", ""));
        if (name == null || name.isBlank() || name.equals(".") || name.equals("..")) {
            return "tep-dinh-kem";
        }
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - extension.length()) + extension;
        }
        return name;
    }
}
