package dev.assay.ingest.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Reads seed documents from the classpath folder {@code /seeds}. */
public final class SeedResources {

    static final String FOLDER = "/seeds/";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private SeedResources() {
    }

    /** Whether {@code file} is a bare file name, so it can only name something inside the seed folder. */
    static boolean isFileName(String file) {
        return file != null && FILE_NAME.matcher(file).matches();
    }

    public static String read(String file) {
        if (!isFileName(file)) {
            throw new IllegalArgumentException("not a seed file name: \"" + file + "\"");
        }
        try (InputStream in = SeedResources.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("seed document " + FOLDER + file + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed document " + FOLDER + file, e);
        }
    }
}
