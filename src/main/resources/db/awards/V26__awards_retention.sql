-- Retention in the awards: when the nominations of a decided edition were anonymised (the winners
-- stay as a public record, without contact, special-category data and the nominator).
alter table award_nomination add column anonymised_on date;
