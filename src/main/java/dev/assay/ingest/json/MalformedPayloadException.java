package dev.assay.ingest.json;

/** Thrown when an imported document does not have the shape the importer relies on. */
public class MalformedPayloadException extends RuntimeException {

    public MalformedPayloadException(String message) {
        super(message);
    }

    public MalformedPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
