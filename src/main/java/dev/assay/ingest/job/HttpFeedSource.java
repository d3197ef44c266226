package dev.assay.ingest.job;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.logging.Log;

/**
 * Polls feed URLs with conditional requests (ETag, If-Modified-Since) and drops each changed body into the
 * inbox, so HTTP feeds take exactly the same import path as dropped files.
 */
public class HttpFeedSource {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Map<URI, Validators> validators = new ConcurrentHashMap<>();
    private final Clock clock;

    public HttpFeedSource(Clock clock) {
        this.clock = clock;
    }

    /** What a poll did. */
    public enum Poll {
        DOWNLOADED, NOT_MODIFIED, FAILED
    }

    /**
     * Fetches {@code url} unless unchanged since the last poll, and writes a changed body into {@code inbox}
     * under a name that keeps the URL's file extension (which tells the importer the format).
     */
    public Poll poll(URI url, Path inbox) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET();
        Validators known = validators.get(url);
        if (known != null) {
            known.etag().ifPresent(etag -> request.header("If-None-Match", etag));
            known.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
        }
        try {
            Files.createDirectories(inbox);
            Path partial = inbox.resolve(fileName(url) + ".part");
            HttpResponse<Path> response = client.send(request.build(), HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() == 304) {
                Files.deleteIfExists(partial);
                return Poll.NOT_MODIFIED;
            }
            if (response.statusCode() != 200) {
                Files.deleteIfExists(partial);
                Log.warnf("Feed %s answered HTTP %d; will retry next tick", url, response.statusCode());
                return Poll.FAILED;
            }
            // The rename makes the file visible to the inbox only once complete.
            Files.move(partial, inbox.resolve(fileName(url)), StandardCopyOption.ATOMIC_MOVE);
            validators.put(url, new Validators(response.headers().firstValue("ETag"),
                    response.headers().firstValue("Last-Modified")));
            return Poll.DOWNLOADED;
        } catch (IOException e) {
            Log.warnf("Feed %s could not be fetched: %s", url, e.getMessage());
            return Poll.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Poll.FAILED;
        }
    }

    private String fileName(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        String base = (url.getHost() + "-" + last).replaceAll("[^A-Za-z0-9.-]", "_");
        int dot = base.lastIndexOf('.');
        String stamp = "-" + STAMP.format(clock.instant());
        return dot > 0 ? base.substring(0, dot) + stamp + base.substring(dot) : base + stamp;
    }

    private record Validators(Optional<String> etag, Optional<String> lastModified) {
    }
}
