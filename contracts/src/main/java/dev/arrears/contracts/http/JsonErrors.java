package dev.arrears.contracts.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.stream.Collectors;

/** Turns Jackson's errors into what a client can act on: the field that failed and why. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** The path of the failing field, e.g. {@code installments[1].amount}, or {@code null} when unknown. */
    public static String field(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The message of the first cause that is not Jackson's own wrapper, e.g. the Money check that failed. */
    public static String reason(JsonProcessingException e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (!(t instanceof JsonProcessingException) && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return e.getOriginalMessage();
    }
}
