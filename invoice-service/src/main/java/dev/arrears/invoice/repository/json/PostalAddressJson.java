package dev.arrears.invoice.repository.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.invoice.CustomerUpserted.PostalAddress;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A customer's postal address as JSON text, in the event's own shape. */
@Converter
public class PostalAddressJson implements AttributeConverter<PostalAddress, String> {

    @Override
    public String convertToDatabaseColumn(PostalAddress address) {
        if (address == null) {
            return null;
        }
        try {
            return ArrearsJson.mapper().writeValueAsString(address);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + address, e);
        }
    }

    @Override
    public PostalAddress convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        try {
            return ArrearsJson.mapper().readValue(json, PostalAddress.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt postal address column: " + e.getOriginalMessage(), e);
        }
    }
}
