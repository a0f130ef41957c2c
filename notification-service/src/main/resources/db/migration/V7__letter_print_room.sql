-- The print room's side of a letter: the PDF that is printed (rendered with the letter, so what is printed is what
-- was filed), and when it was printed and handed to the post. TO_PRINT -> PRINTED -> MAILED; MAILED is final.
alter table letter add column pdf        bytea;
alter table letter add column printed_at timestamptz;
alter table letter add column mailed_at  timestamptz;
