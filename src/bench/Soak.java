import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak of src/bench/soak.sh: for a bounded time, mixed queries (ticker, price page, history page) from a few
 * threads, a steady stream of editorial writes, and live subscribers following the written series; at the end,
 * every error, the p99 of the first and last minute, and whether each subscriber saw every write exactly once.
 *
 *   java Soak.java keys DIR                                  # a key pair: DIR/public.pem for the service
 *   java Soak.java token DIR SUBJECT GROUP SECONDS           # a token signed with it (run.sh's editor)
 *   java -cp postgresql.jar Soak.java run DIR BASE_URL JDBC_URL SECONDS
 */
public class Soak {

    static final String[] QUERIES = {
            "{\"query\":\"{ ticker { label today percentageChange yearToDate deltas { basis computed } } }\"}",
            "{\"query\":\"{ commodity(slug: \\\"lithium-carbonate\\\") { name latest { date value } deltas { basis value } } }\"}",
            "{\"query\":\"{ commodity(slug: \\\"cobalt\\\") { history(first: 100) { totalCount edges { node { date value } } } } }\"}"
    };

    public static void main(String[] args) throws Exception {
        if (args[0].equals("keys")) {
            keys(Path.of(args[1]));
        } else if (args[0].equals("token")) {
            System.out.println(token(Path.of(args[1]), args[2], args[3], Long.parseLong(args[4])));
        } else {
            run(Path.of(args[1]), args[2], args[3], Long.parseLong(args[4]));
        }
    }

    static void keys(Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("public.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        Files.write(dir.resolve("private.der"), pair.getPrivate().getEncoded());
    }

    static String token(Path dir, String subject, String group, long seconds) throws Exception {
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(dir.resolve("private.der"))));
        long now = System.currentTimeMillis() / 1000;
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes());
        String claims = b64.encodeToString(("{\"iss\":\"https://assay.dev/issuer\",\"aud\":\"assay\",\"sub\":\"" + subject
                + "\",\"groups\":[\"" + group + "\"],\"iat\":" + now + ",\"exp\":" + (now + seconds) + "}").getBytes());
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update((header + "." + claims).getBytes());
        return header + "." + claims + "." + b64.encodeToString(signature.sign());
    }

    static void run(Path dir, String base, String jdbc, long seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String editor = token(dir, "soak-editor", "editor", seconds + 600);
        String subscriberToken = token(dir, "soak-subscriber", "subscriber", seconds + 600);
        long started = System.nanoTime();
        long end = started + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong errors = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        Map<Long, List<Long>> latenciesByMinute = new ConcurrentHashMap<>();

        List<Subscriber> subscribers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            subscribers.add(Subscriber.connect(http, base.replace("http", "ws") + "/graphql", subscriberToken));
        }
        Sample before = Sample.take(jdbc);

        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int offset = t;
            Thread reader = new Thread(() -> {
                for (int n = offset; System.nanoTime() < end; n++) {
                    long at = System.nanoTime();
                    String body = QUERIES[n % QUERIES.length];
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                            fail(errors, errorSamples, response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        fail(errors, errorSamples, e.toString());
                    }
                    requests.incrementAndGet();
                    long minute = TimeUnit.NANOSECONDS.toMinutes(at - started);
                    latenciesByMinute.computeIfAbsent(minute, m -> Collections.synchronizedList(new ArrayList<>()))
                            .add(System.nanoTime() - at);
                    pause(20);
                }
            });
            reader.start();
            readers.add(reader);
        }
        long writes = 0;
        LocalDate date = LocalDate.of(1950, 1, 2);
        while (System.nanoTime() < end) {
            // One document, its variables changing: as a client sends it, and as the document cache keeps it
            String mutation = "{\"query\":\"mutation Record($d: Date!, $v: BigDecimal!) { recordPrint(commodity: "
                    + "\\\"cobalt\\\", date: $d, value: $v) { outcome } }\",\"variables\":{\"d\":\"" + date
                    + "\",\"v\":" + (200 + writes % 50) + ".5}}";
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + editor)
                        .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(mutation)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !response.body().contains("CREATED")) {
                    fail(errors, errorSamples, response.statusCode() + " " + response.body());
                } else {
                    writes++;
                }
            } catch (Exception e) {
                fail(errors, errorSamples, e.toString());
            }
            date = date.plusDays(1);
            pause(200);
        }
        for (Thread reader : readers) {
            reader.join();
        }
        Thread.sleep(5_000);
        Sample after = Sample.take(jdbc);

        long lastMinute = latenciesByMinute.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        // The first minute warms the JIT up: the second is the reference ("before")
        long firstMinute = Math.min(1, lastMinute);
        System.out.printf(Locale.ROOT, "duration\t%d s%n", seconds);
        System.out.printf(Locale.ROOT, "requests\t%d queries, %d writes%n", requests.get(), writes);
        System.out.printf(Locale.ROOT, "errors\t%d%n", errors.get());
        errorSamples.stream().limit(5).forEach(sample -> System.out.println("error sample\t" + sample));
        System.out.printf(Locale.ROOT, "p50/p99 minute %d\t%.1f / %.1f ms%n", firstMinute + 1,
                percentile(latenciesByMinute.get(firstMinute), 50), percentile(latenciesByMinute.get(firstMinute), 99));
        System.out.printf(Locale.ROOT, "p50/p99 minute %d\t%.1f / %.1f ms%n", lastMinute + 1,
                percentile(latenciesByMinute.get(lastMinute), 50), percentile(latenciesByMinute.get(lastMinute), 99));
        System.out.printf(Locale.ROOT, "database connections\t%d before, %d after%n", before.connections, after.connections);
        for (int i = 0; i < subscribers.size(); i++) {
            Subscriber subscriber = subscribers.get(i);
            System.out.printf(Locale.ROOT, "subscriber %d\t%d updates for %d writes, %d distinct, %d errors, %s%n", i + 1,
                    subscriber.received.get(), writes, subscriber.dates.size(), subscriber.errors.get(),
                    subscriber.closed.getCount() == 0 ? "closed" : "open");
        }
        subscribers.forEach(Subscriber::close);
    }

    static void fail(AtomicLong errors, List<String> samples, String what) {
        errors.incrementAndGet();
        if (samples.size() < 20) {
            samples.add(what.length() > 300 ? what.substring(0, 300) : what);
        }
    }

    static double percentile(List<Long> nanos, int p) {
        if (nanos == null || nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Database connections of the service (its pool and its probe), from pg_stat_activity. */
    record Sample(int connections) {
        static Sample take(String jdbc) throws Exception {
            try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres");
                    ResultSet count = db.createStatement().executeQuery(
                            "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
                count.next();
                return new Sample(count.getInt(1));
            }
        }
    }

    /** A live subscriber following cobalt: counts updates and the distinct prints among them. */
    static final class Subscriber implements WebSocket.Listener {
        final AtomicLong received = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final Map<String, Boolean> dates = new ConcurrentHashMap<>();
        final CountDownLatch closed = new CountDownLatch(1);
        final CountDownLatch acknowledged = new CountDownLatch(1);
        final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        static Subscriber connect(HttpClient http, String url, String token) throws Exception {
            Subscriber subscriber = new Subscriber();
            subscriber.socket = http.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                    .buildAsync(URI.create(url), subscriber).get(10, TimeUnit.SECONDS);
            subscriber.socket.sendText("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer " + token
                    + "\"}}", true).join();
            subscriber.acknowledged.await(10, TimeUnit.SECONDS);
            subscriber.socket.sendText("{\"id\":\"soak\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                    + "\"subscription { pricePublished(commodities: [\\\"cobalt\\\"]) { commodity { latest { value } } "
                    + "print { date value } deltas { basis computed } } }\"}}", true).join();
            Thread.sleep(500);
            return subscriber;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                if (message.contains("\"connection_ack\"")) {
                    acknowledged.countDown();
                } else if (message.contains("\"type\":\"ping\"")) {
                    webSocket.sendText("{\"type\":\"pong\"}", true);
                } else if (message.contains("\"type\":\"next\"")) {
                    if (message.contains("\"errors\"")) {
                        errors.incrementAndGet();
                    } else {
                        received.incrementAndGet();
                        int at = message.indexOf("\"date\":\"");
                        dates.put(at < 0 ? message : message.substring(at + 8, at + 18), Boolean.TRUE);
                    }
                } else if (!message.contains("\"type\":\"pong\"")) {
                    errors.incrementAndGet();
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.countDown();
            return null;
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null).join();
        }
    }
}
