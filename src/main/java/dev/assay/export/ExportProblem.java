package dev.assay.export;

/** A refused export request, answered before any data with an HTTP status and a GraphQL-shaped JSON error. */
final class ExportProblem extends Exception {

    private final int status;
    private final String code;

    private ExportProblem(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ExportProblem badInput(String parameter, String message) {
        return new ExportProblem(400, "BAD_USER_INPUT", "Invalid parameter '" + parameter + "': " + message);
    }

    static ExportProblem unauthenticated(String message) {
        return new ExportProblem(401, "UNAUTHENTICATED", message);
    }

    static ExportProblem forbidden(String message) {
        return new ExportProblem(403, "FORBIDDEN", message);
    }

    int status() {
        return status;
    }

    /** The same error shape as the GraphQL API's, so clients handle both alike. */
    String toJson() {
        return "{\"errors\":[{\"message\":" + Json.string(getMessage()) + ",\"extensions\":{\"code\":"
                + Json.string(code) + "}}]}";
    }
}
