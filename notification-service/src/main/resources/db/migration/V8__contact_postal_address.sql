-- Where letters go, from CustomerUpserted.postalAddress, as JSON text; null when the ERP sent none.
alter table customer_contact add column postal_address text;
