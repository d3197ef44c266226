package dev.assay;

/** Says why the service did not start, from the failure Quarkus reports: pure. */
final class StartupFailure {

    private static final int LONGEST = 1_000;

    private StartupFailure() {
    }

    /** Whether the failure is a migration of the schema that could not be applied: said plainly, no trace needed. */
    static boolean isMigration(Throwable failure) {
        return migration(failure) != null;
    }

    static String describe(Throwable failure) {
        Throwable migration = migration(failure);
        if (migration != null) {
            return "the database schema could not be migrated: " + oneLine(migration.getMessage())
                    + ". Nothing was started; fix the migration or the database and start again";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return oneLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }

    private static Throwable migration(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getName().startsWith("org.flywaydb.")) {
                return cause;
            }
        }
        return null;
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        String line = String.join("; ", message.strip().lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
        return line.length() > LONGEST ? line.substring(0, LONGEST) + "..." : line;
    }
}
