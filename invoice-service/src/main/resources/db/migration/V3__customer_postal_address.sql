-- Where letters go: street lines, postal code, city, region and country as JSON text, null when the ERP sent none.
alter table customer add column postal_address text;
