package dev.assay.support;

import static io.restassured.RestAssured.given;

import java.util.OptionalDouble;

/** Reads one scrape of /q/metrics, in the Prometheus text format, and the value of a series in it. */
public record PrometheusScrape(String text) {

    public static PrometheusScrape now() {
        String text = given().accept("text/plain").get(OperatorEndpoints.METRICS).then().statusCode(200).extract().asString();
        // The 0.0.4 text format may close a label set with a comma: {a="1",}
        return new PrometheusScrape(text.replace(",}", "}"));
    }

    /** The value of the series written exactly {@code series} (name and labels, as exposed), if present. */
    public OptionalDouble value(String series) {
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) {
                return OptionalDouble.of(Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]));
            }
        }
        return OptionalDouble.empty();
    }

    /** The value of a series that must be present. */
    public double require(String series) {
        return value(series).orElseThrow(() -> new AssertionError("No series " + series + " in the scrape, which has "
                + text.lines().filter(line -> line.startsWith(series.split("\\{")[0])).toList()));
    }

    /** Whether some series of the scrape starts with {@code prefix} (a name, or a name and the start of its labels). */
    public boolean has(String prefix) {
        for (String line : text.split("\n")) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
