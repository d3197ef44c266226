package dev.assay.article.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Mention matching is a pure calculation: its package imports no framework, only the JDK and itself. */
class MentionPackagePurityTest {

    private static final Path PACKAGE = Path.of("src", "main", "java", "dev", "assay", "article", "mention");

    @Test
    void importsOnlyTheJdkAndItself() throws IOException {
        List<String> foreign;
        try (Stream<Path> files = Files.list(PACKAGE)) {
            foreign = files.filter(f -> f.toString().endsWith(".java")).flatMap(MentionPackagePurityTest::lines)
                    .filter(line -> line.startsWith("import ")).filter(line -> !line.startsWith("import java.")
                            && !line.startsWith("import static java.") && !line.startsWith("import dev.assay.article.mention."))
                    .toList();
        }
        assertEquals(List.of(), foreign);
        try (Stream<Path> files = Files.list(PACKAGE)) {
            assertFalse(files.flatMap(MentionPackagePurityTest::lines).anyMatch(line -> line.strip().startsWith("@")
                    && !line.strip().startsWith("@param") && !line.strip().startsWith("@throws")
                    && !line.strip().startsWith("@Override")), "no annotations but @Override");
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
