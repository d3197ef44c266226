import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Seeded, reproducible data for the benchmark: commodities with random-walk price series, and articles,
 * authors, tags, categories, companies and the articles' mentions of companies in proportion. Same scale and
 * seed, same bytes.
 *
 * <pre>
 *   java Generator.java catalogue SCALE SEED DIR   # small tables, one PostgreSQL COPY text file each, into DIR
 *   java Generator.java points SCALE SEED [PART PARTS]  # price_point rows, COPY text format, on standard output;
 *                                                   # with PART/PARTS only commodities i with i % PARTS == PART
 *   java Generator.java describe SCALE             # one line: commodities, prints each, points, articles
 * </pre>
 *
 * SCALE is {@code seed} (nothing generated), {@code 1.5m} (1,500 weekly series over 20 years) or {@code 10m}
 * (1,500 business-day series over ~26 years). Generated rows use ids from {@link #ID_BASE} and display orders
 * from 1000, after the 15 seed indices the service imports itself.
 */
public final class Generator {

    static final long ID_BASE = 100_000;
    static final long MENTIONS_SALT = 0x6d656e74696f6e73L; // "mentions": the seed of the mentions' own stream
    static final LocalDate LAST_PRINT = LocalDate.of(2026, 5, 27); // the seed ticker's latest print, a Wednesday
    static final String[] SECTORS = {"lithium", "cobalt", "nickel", "graphite", "anode", "cathode", "batteries",
            "recycling", "rare-earths"};
    static final String[][] MATERIALS = {
            {"lithium-carbonate", "lithium-hydroxide", "spodumene", "lepidolite", "lithium-metal"},
            {"cobalt-metal", "cobalt-sulphate", "cobalt-hydroxide", "cobalt-tetroxide"},
            {"nickel-sulphate", "nickel-briquette", "mixed-hydroxide-precipitate", "nickel-matte", "nickel-pig-iron"},
            {"flake-graphite", "spherical-graphite", "needle-coke", "calcined-coke"},
            {"synthetic-anode", "natural-anode", "silicon-anode", "hard-carbon"},
            {"ncm-811", "ncm-622", "ncm-523", "lfp-cathode", "lmfp-cathode", "nca-cathode", "precursor-cam"},
            {"lfp-cell", "ncm-cell", "sodium-ion-cell", "lfp-pack", "ncm-pack"},
            {"black-mass-ncm", "black-mass-lfp", "black-mass-lco", "recycled-nickel"},
            {"ndpr-oxide", "dysprosium-oxide", "terbium-oxide", "neodymium-metal"}};
    static final String[] REGIONS = {"cif-china", "cif-japan-korea", "exw-china", "fob-australia", "ddp-europe",
            "ddp-us", "fob-chile", "cif-europe", "exw-india", "fob-indonesia"};
    static final String[] GRADES = {"battery-grade", "technical-grade", "min-99-5", "min-56", "spot", "contract"};
    static final String[] WORDS = ("lithium cobalt nickel graphite anode cathode battery cell pack supply demand price "
            + "index market china korea japan europe america australia chile indonesia congo refinery mine smelter "
            + "contract spot premium discount tender inventory oversupply shortage tariff policy subsidy export import "
            + "capacity expansion project offtake agreement gigafactory recycling black mass sodium ion solid state "
            + "electrolyte separator precursor hydroxide carbonate sulphate spodumene lepidolite brine quarter outlook "
            + "forecast analysts buyers sellers producers automakers storage grid vehicles").split(" ");

    record Scale(String name, int commodities, int printsEach, boolean daily, int articles, int companies) {
        long points() {
            return (long) commodities * printsEach;
        }
    }

    static Scale scale(String name) {
        return switch (name) {
            case "seed" -> new Scale("seed", 0, 0, false, 0, 0);
            case "1.5m" -> new Scale("1.5m", 1500, 1044, false, 15_000, 500); // 20 years of Wednesdays
            case "10m" -> new Scale("10m", 1500, 6700, true, 15_000, 500);   // ~26 years of business days
            default -> throw new IllegalArgumentException("scale must be seed, 1.5m or 10m: " + name);
        };
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java Generator.java catalogue|points|describe SCALE [SEED] [DIR]");
            System.exit(2);
        }
        Scale scale = scale(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        switch (args[0]) {
            case "describe" -> System.out.printf("commodities=%d prints_each=%d points=%d articles=%d companies=%d%n",
                    scale.commodities, scale.printsEach, scale.points(), scale.articles, scale.companies);
            case "catalogue" -> catalogue(scale, seed, Path.of(args[3]));
            case "points" -> {
                int part = args.length > 4 ? Integer.parseInt(args[3]) : 0;
                int parts = args.length > 4 ? Integer.parseInt(args[4]) : 1;
                try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII),
                        1 << 20)) {
                    points(scale, seed, part, parts, out);
                }
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    /** The assessment dates of every generated series, oldest first, ending on {@link #LAST_PRINT}. */
    static List<LocalDate> dates(Scale scale) {
        List<LocalDate> dates = new ArrayList<>(scale.printsEach);
        LocalDate day = LAST_PRINT;
        while (dates.size() < scale.printsEach) {
            if (!scale.daily || (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)) {
                dates.add(day);
            }
            day = day.minusDays(scale.daily ? 1 : 7);
        }
        java.util.Collections.reverse(dates);
        return dates;
    }

    /**
     * One mean-reverting geometric random walk per commodity, rounded to cents, never below 0.01. The random
     * stream of commodity i depends only on the seed and i, so a series is the same whatever else is generated.
     */
    static void points(Scale scale, long seed, int part, int parts, Writer out) throws IOException {
        List<LocalDate> dates = dates(scale);
        String[] dateText = dates.stream().map(LocalDate::toString).toArray(String[]::new);
        double periodsPerYear = scale.daily ? 260 : 52;
        StringBuilder line = new StringBuilder(96);
        for (int i = part; i < scale.commodities; i += parts) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
            double start = Math.exp(Math.log(20) + random.nextDouble() * Math.log(50_000.0 / 20)); // 20 .. 50,000
            double yearlyVolatility = 0.10 + random.nextDouble() * 0.50;                        // 10 % .. 60 %
            double sigma = yearlyVolatility / Math.sqrt(periodsPerYear);
            double reversion = 0.5 / periodsPerYear;                                             // half-life ~1.4 years
            double mean = Math.log(start);
            double level = mean;
            String id = Long.toString(ID_BASE + 1 + i);
            for (String date : dateText) {
                level += reversion * (mean - level) + sigma * random.nextGaussian();
                long cents = Math.max(1, Math.round(Math.exp(level) * 100));
                line.setLength(0);
                line.append(id).append('\t').append(date).append('\t').append(cents / 100).append('.');
                long fraction = cents % 100;
                if (fraction < 10) {
                    line.append('0');
                }
                line.append(fraction).append('\t').append(date).append(" 12:00:00+00\tbench-generator\tgenerated\t1\tf\n");
                out.append(line);
            }
        }
    }

    static void catalogue(Scale scale, long seed, Path dir) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        String frequencyText = scale.daily ? "Updated every business day" : "Updated weekly";

        // Commodities: sector / material / region / grade, numbered so every slug is unique.
        try (Writer out = writer(dir, "commodity")) {
            for (int i = 0; i < scale.commodities; i++) {
                int sector = i % SECTORS.length;
                String material = pick(random, MATERIALS[sector]);
                String region = pick(random, REGIONS);
                String grade = pick(random, GRADES);
                String slug = material + "-" + region + "-" + grade + "-" + (i + 1);
                String name = title(material) + " " + title(region) + " " + title(grade) + " #" + (i + 1);
                boolean priced = random.nextInt(4) != 0;
                row(out, ID_BASE + 1 + i, slug, name, SECTORS[sector],
                        "Generated benchmark index " + (i + 1) + ": " + title(material) + ", " + title(region) + ".",
                        priced ? "USD/t" : "index points", priced ? "USD" : null, "WEEKLY", frequencyText,
                        "/prices/" + SECTORS[sector], null, 1000 + i);
            }
        }
        try (Writer out = writer(dir, "publisher")) {
            if (scale.articles > 0) {
                row(out, ID_BASE + 1, "bench-wire", "Bench Wire", "https://bench.invalid");
            }
        }
        int tags = scale.articles == 0 ? 0 : 200;
        int categories = scale.articles == 0 ? 0 : 20;
        int authors = scale.articles == 0 ? 0 : 100;
        try (Writer out = writer(dir, "tag")) {
            for (int i = 0; i < tags; i++) {
                String word = WORDS[i % WORDS.length];
                row(out, ID_BASE + 1 + i, "bench-" + word + "-" + (i + 1), title(word) + " " + (i + 1));
            }
        }
        try (Writer out = writer(dir, "category")) {
            for (int i = 0; i < categories; i++) {
                String word = WORDS[(i * 7) % WORDS.length];
                row(out, ID_BASE + 1 + i, "bench-category-" + (i + 1), title(word) + " desk " + (i + 1));
            }
        }
        try (Writer out = writer(dir, "author")) {
            for (int i = 0; i < authors; i++) {
                row(out, ID_BASE + 1 + i, "bench-author-" + (i + 1), "Author " + (i + 1),
                        random.nextBoolean() ? "Reporter" : "Price reporter", "Covers " + pick(random, WORDS) + ".",
                        null, null);
            }
        }
        // Articles: about two a day over the same 20 years, newest on the last print date.
        long span = LAST_PRINT.toEpochDay() - LAST_PRINT.minusYears(20).toEpochDay();
        try (Writer articles = writer(dir, "article"); Writer articleTags = writer(dir, "article_tag");
                Writer articleCategories = writer(dir, "article_category");
                Writer articleAuthors = writer(dir, "article_author")) {
            long creditId = ID_BASE;
            for (int i = 0; i < scale.articles; i++) {
                long id = ID_BASE + 1 + i;
                LocalDate published = LAST_PRINT.minusDays(span * i / Math.max(1, scale.articles));
                String titleText = title(sentence(random, 6 + random.nextInt(5)));
                String slug = slugOf(titleText) + "-" + (i + 1);
                String excerpt = title(sentence(random, 20)) + ".";
                StringBuilder body = new StringBuilder();
                for (int p = 0; p < 4; p++) {
                    body.append(title(sentence(random, 25 + random.nextInt(20)))).append(". ");
                }
                String bodyText = body.toString().trim();
                String bodyJson = "{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\","
                        + "\"text\":\"" + bodyText + "\"}]}]}";
                boolean isPrivate = random.nextInt(5) == 0;
                row(articles, id, slug, "bench-" + (i + 1), titleText, excerpt, published, ID_BASE + 1,
                        isPrivate ? "PRIVATE" : "PUBLIC", isPrivate ? "premium" : null, "PUBLISHED",
                        random.nextInt(20) == 0 ? "t" : "f", bodyJson, bodyText);
                Set<Integer> chosen = new LinkedHashSet<>();
                while (chosen.size() < 3) {
                    chosen.add(random.nextInt(tags));
                }
                for (int tag : chosen) {
                    row(articleTags, id, ID_BASE + 1 + tag);
                }
                row(articleCategories, id, ID_BASE + 1 + random.nextInt(categories));
                int reporter = random.nextInt(authors);
                row(articleAuthors, ++creditId, id, ID_BASE + 1 + reporter, "REPORTER", 0);
                if (random.nextInt(10) < 3) {
                    row(articleAuthors, ++creditId, id, ID_BASE + 1 + (reporter + 1 + random.nextInt(authors - 1)) % authors,
                            "EDITOR", 0);
                }
            }
        }
        try (Writer out = writer(dir, "company")) {
            for (int i = 0; i < scale.companies; i++) {
                String name = title(pick(random, WORDS)) + " " + title(pick(random, WORDS)) + " "
                        + pick(random, new String[] {"Resources", "Materials", "Mining", "Energy", "Chemicals", "Battery"});
                String alias = name.split(" ")[0].toUpperCase();
                row(out, ID_BASE + 1 + i, slugOf(name) + "-" + (i + 1), name, "{\"" + alias + "\"}");
            }
        }
        mentions(scale, seed, dir);
    }

    /**
     * Which companies each article mentions (article_company: article_id, company_id): one to three distinct
     * companies per article, drawn by a Zipf law over the companies, so that company i (id ID_BASE + 1 + i)
     * is the i-th most mentioned: the first in thousands of articles, the last in a handful. A random stream
     * of its own leaves every other file the same bytes as before mentions were generated.
     */
    static void mentions(Scale scale, long seed, Path dir) throws IOException {
        SplittableRandom random = new SplittableRandom(seed ^ MENTIONS_SALT);
        double[] cumulative = zipf(scale.companies);
        try (Writer out = writer(dir, "article_company")) {
            for (int i = 0; scale.companies > 0 && i < scale.articles; i++) {
                int count = Math.min(scale.companies, 1 + random.nextInt(3));
                Set<Integer> chosen = new TreeSet<>();
                while (chosen.size() < count) {
                    int rank = Arrays.binarySearch(cumulative, random.nextDouble());
                    chosen.add(Math.min(scale.companies - 1, rank < 0 ? -rank - 1 : rank));
                }
                for (int company : chosen) {
                    row(out, ID_BASE + 1 + i, ID_BASE + 1 + company);
                }
            }
        }
    }

    /** Cumulative probabilities of ranks 0 .. n-1 under a Zipf law of exponent 1: rank r weighs 1 / (r + 1). */
    static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
    }

    static Writer writer(Path dir, String table) throws IOException {
        return Files.newBufferedWriter(dir.resolve(table + ".tsv"), StandardCharsets.UTF_8);
    }

    /** One row in PostgreSQL's COPY text format; generated text never holds tabs, newlines or backslashes. */
    static void row(Writer out, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(values[i] == null ? "\\N" : values[i].toString());
        }
        out.append('\n');
    }

    static String pick(SplittableRandom random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    static String sentence(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(pick(random, WORDS));
        }
        return text.toString();
    }

    static String title(String text) {
        String spaced = text.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    static String slugOf(String text) {
        return text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
