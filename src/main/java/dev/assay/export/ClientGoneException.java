package dev.assay.export;

/** The client closed the connection, or stopped reading, before the export was complete. */
final class ClientGoneException extends Exception {

    ClientGoneException(String message) {
        super(message, null, false, false);
    }
}
