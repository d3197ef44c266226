package dev.assay.export;

/** The attachment name of an export, e.g. {@code assay-prices-lithium-2026-01-01-latest.csv}. */
final class ExportFileName {

    private ExportFileName() {
    }

    static String of(ExportRequest request, ExportFormat format) {
        String scope = switch (request.slugs().size()) {
            case 0 -> "all";
            case 1 -> request.slugs().get(0);
            default -> "selection";
        };
        String from = request.from() == null ? "earliest" : request.from().toString();
        String to = request.to() == null ? "latest" : request.to().toString();
        return sanitise("assay-prices-" + scope + "-" + from + "-" + to) + "." + format.extension;
    }

    /** Keeps the name a plain token, safe inside the quoted header value and on any file system. */
    static String sanitise(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "-");
        return safe.length() > 120 ? safe.substring(0, 120) : safe;
    }
}
