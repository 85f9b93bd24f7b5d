package com.keyaccount.portal.customer;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a contract attachment may have, recognised by the content's leading bytes ("magic numbers"), never
 * by the name or the browser's claim: a renamed executable is no PDF.
 */
public enum AttachmentType {
    PDF("application/pdf", ".pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", ".jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mimeType;
    private final String extension;
    private final byte[] magic;

    AttachmentType(String mimeType, String extension, byte[] magic) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    /** The type whose signature the content starts with; empty for anything else. */
    public static Optional<AttachmentType> detect(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        return content != null && content.length >= magic.length
                && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
