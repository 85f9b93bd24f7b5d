package com.keyaccount.portal.customer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps contract attachments on disk under {@code portal.storage.dir} (outside the web root, never served directly),
 * each under a random key that says nothing of the customer or the file name.
 */
@Component
class ContractFileStorage {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final Path root;

    ContractFileStorage(@Value("${portal.storage.dir:./data/files}") String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize().resolve("contracts");
    }

    /** Writes the content under a new random key and returns the key. */
    String store(byte[] content) {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), key, ".part");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store attachment " + key, e);
        }
        return key;
    }

    InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    byte[] read(String key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read attachment " + key, e);
        }
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete attachment " + key, e);
        }
    }

    boolean exists(String key) {
        return Files.exists(path(key));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
