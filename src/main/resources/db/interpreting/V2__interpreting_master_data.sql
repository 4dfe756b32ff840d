-- Interpreter pool, part 1: master data (languages with varieties, funding sources).
-- Seed rows use ids below 1,000,000; the shared sequence continues above them.
alter sequence entity_seq restart with 1000000;

create table language (
    id       bigint       not null primary key,
    version  bigint       not null,
    code     varchar(3)   not null,
    name_de  varchar(100) not null,
    name_en  varchar(100) not null,
    active   boolean      not null,
    constraint uk_language_code unique (code)
);

create table language_variety (
    id           bigint       not null primary key,
    version      bigint       not null,
    language_id  bigint       not null,
    code         varchar(10)  not null,
    name_de      varchar(100) not null,
    name_en      varchar(100) not null,
    constraint uk_language_variety unique (language_id, code),
    constraint fk_language_variety_language foreign key (language_id) references language (id)
);

create table funding_source (
    id       bigint       not null primary key,
    version  bigint       not null,
    code     varchar(30)  not null,
    name_de  varchar(150) not null,
    name_en  varchar(150) not null,
    active   boolean      not null,
    constraint uk_funding_source_code unique (code)
);

insert into language (id, version, code, name_de, name_en, active) values (900001, 1, 'ara', 'Arabisch', 'Arabic', true);
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905001, 1, 900001, 'MSA', 'Hocharabisch', 'Modern Standard Arabic');
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905002, 1, 900001, 'SYR', 'Syrisch', 'Syrian');
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905003, 1, 900001, 'IRQ', 'Irakisch', 'Iraqi');
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905004, 1, 900001, 'EGY', 'Ägyptisch', 'Egyptian');
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905005, 1, 900001, 'MAG', 'Maghrebinisch', 'Maghrebi');
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905006, 1, 900001, 'LEV', 'Libanesisch/Palästinensisch', 'Lebanese/Palestinian');
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905007, 1, 900001, 'GLF', 'Golf-Arabisch', 'Gulf Arabic');
insert into language (id, version, code, name_de, name_en, active) values (900002, 1, 'kur', 'Kurdisch', 'Kurdish', true);
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905008, 1, 900002, 'KMR', 'Kurmandschi', 'Kurmanji');
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905009, 1, 900002, 'CKB', 'Sorani', 'Sorani');
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905010, 1, 900002, 'ZZA', 'Zazaki', 'Zazaki');
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905011, 1, 900002, 'BAD', 'Badini', 'Badini');
insert into language (id, version, code, name_de, name_en, active) values (900003, 1, 'prs', 'Dari', 'Dari', true);
insert into language (id, version, code, name_de, name_en, active) values (900004, 1, 'pes', 'Farsi (Persisch)', 'Farsi (Persian)', true);
insert into language (id, version, code, name_de, name_en, active) values (900005, 1, 'pus', 'Paschtu', 'Pashto', true);
insert into language (id, version, code, name_de, name_en, active) values (900006, 1, 'tir', 'Tigrinya', 'Tigrinya', true);
insert into language (id, version, code, name_de, name_en, active) values (900007, 1, 'amh', 'Amharisch', 'Amharic', true);
insert into language (id, version, code, name_de, name_en, active) values (900008, 1, 'orm', 'Oromo', 'Oromo', true);
insert into language (id, version, code, name_de, name_en, active) values (900009, 1, 'som', 'Somali', 'Somali', true);
insert into language (id, version, code, name_de, name_en, active) values (900010, 1, 'rom', 'Romanes', 'Romani', true);
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905012, 1, 900010, 'BAL', 'Balkan-Romanes', 'Balkan Romani');
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905013, 1, 900010, 'VLA', 'Vlax-Romanes', 'Vlax Romani');
insert into language (id, version, code, name_de, name_en, active) values (900011, 1, 'bul', 'Bulgarisch', 'Bulgarian', true);
insert into language (id, version, code, name_de, name_en, active) values (900012, 1, 'ron', 'Rumänisch', 'Romanian', true);
insert into language (id, version, code, name_de, name_en, active) values (900013, 1, 'tur', 'Türkisch', 'Turkish', true);
insert into language (id, version, code, name_de, name_en, active) values (900014, 1, 'ukr', 'Ukrainisch', 'Ukrainian', true);
insert into language (id, version, code, name_de, name_en, active) values (900015, 1, 'rus', 'Russisch', 'Russian', true);
insert into language (id, version, code, name_de, name_en, active) values (900016, 1, 'pol', 'Polnisch', 'Polish', true);
insert into language (id, version, code, name_de, name_en, active) values (900017, 1, 'srp', 'Serbisch', 'Serbian', true);
insert into language (id, version, code, name_de, name_en, active) values (900018, 1, 'hrv', 'Kroatisch', 'Croatian', true);
insert into language (id, version, code, name_de, name_en, active) values (900019, 1, 'bos', 'Bosnisch', 'Bosnian', true);
insert into language (id, version, code, name_de, name_en, active) values (900020, 1, 'sqi', 'Albanisch', 'Albanian', true);
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905014, 1, 900020, 'GEG', 'Gegisch (Kosovo)', 'Gheg (Kosovo)');
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905015, 1, 900020, 'TOS', 'Toskisch', 'Tosk');
insert into language (id, version, code, name_de, name_en, active) values (900021, 1, 'mkd', 'Mazedonisch', 'Macedonian', true);
insert into language (id, version, code, name_de, name_en, active) values (900022, 1, 'ell', 'Griechisch', 'Greek', true);
insert into language (id, version, code, name_de, name_en, active) values (900023, 1, 'ita', 'Italienisch', 'Italian', true);
insert into language (id, version, code, name_de, name_en, active) values (900024, 1, 'spa', 'Spanisch', 'Spanish', true);
insert into language (id, version, code, name_de, name_en, active) values (900025, 1, 'por', 'Portugiesisch', 'Portuguese', true);
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905016, 1, 900025, 'BRA', 'Brasilianisch', 'Brazilian');
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905017, 1, 900025, 'EUR', 'Europäisch', 'European');
insert into language (id, version, code, name_de, name_en, active) values (900026, 1, 'fra', 'Französisch', 'French', true);
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905018, 1, 900026, 'AFR', 'Westafrikanisch', 'West African');
insert into language (id, version, code, name_de, name_en, active) values (900027, 1, 'eng', 'Englisch', 'English', true);
insert into language_variety (id, version, language_id, code, name_de, name_en) values (905019, 1, 900027, 'AFR', 'Westafrikanisches Englisch', 'West African English');
insert into language (id, version, code, name_de, name_en, active) values (900028, 1, 'vie', 'Vietnamesisch', 'Vietnamese', true);
insert into language (id, version, code, name_de, name_en, active) values (900029, 1, 'cmn', 'Chinesisch (Mandarin)', 'Chinese (Mandarin)', true);
insert into language (id, version, code, name_de, name_en, active) values (900030, 1, 'yue', 'Kantonesisch', 'Cantonese', true);
insert into language (id, version, code, name_de, name_en, active) values (900031, 1, 'tha', 'Thailändisch', 'Thai', true);
insert into language (id, version, code, name_de, name_en, active) values (900032, 1, 'hin', 'Hindi', 'Hindi', true);
insert into language (id, version, code, name_de, name_en, active) values (900033, 1, 'urd', 'Urdu', 'Urdu', true);
insert into language (id, version, code, name_de, name_en, active) values (900034, 1, 'pan', 'Panjabi', 'Punjabi', true);
insert into language (id, version, code, name_de, name_en, active) values (900035, 1, 'ben', 'Bengalisch', 'Bengali', true);
insert into language (id, version, code, name_de, name_en, active) values (900036, 1, 'tam', 'Tamil', 'Tamil', true);
insert into language (id, version, code, name_de, name_en, active) values (900037, 1, 'sin', 'Singhalesisch', 'Sinhala', true);
insert into language (id, version, code, name_de, name_en, active) values (900038, 1, 'nep', 'Nepali', 'Nepali', true);
insert into language (id, version, code, name_de, name_en, active) values (900039, 1, 'aze', 'Aserbaidschanisch', 'Azerbaijani', true);
insert into language (id, version, code, name_de, name_en, active) values (900040, 1, 'kat', 'Georgisch', 'Georgian', true);
insert into language (id, version, code, name_de, name_en, active) values (900041, 1, 'hye', 'Armenisch', 'Armenian', true);
insert into language (id, version, code, name_de, name_en, active) values (900042, 1, 'che', 'Tschetschenisch', 'Chechen', true);
insert into language (id, version, code, name_de, name_en, active) values (900043, 1, 'uzb', 'Usbekisch', 'Uzbek', true);
insert into language (id, version, code, name_de, name_en, active) values (900044, 1, 'tgk', 'Tadschikisch', 'Tajik', true);
insert into language (id, version, code, name_de, name_en, active) values (900045, 1, 'heb', 'Hebräisch', 'Hebrew', true);
insert into language (id, version, code, name_de, name_en, active) values (900046, 1, 'tgl', 'Tagalog', 'Tagalog', true);
insert into language (id, version, code, name_de, name_en, active) values (900047, 1, 'ind', 'Indonesisch', 'Indonesian', true);
insert into language (id, version, code, name_de, name_en, active) values (900048, 1, 'swa', 'Swahili', 'Swahili', true);
insert into language (id, version, code, name_de, name_en, active) values (900049, 1, 'hau', 'Hausa', 'Hausa', true);
insert into language (id, version, code, name_de, name_en, active) values (900050, 1, 'yor', 'Yoruba', 'Yoruba', true);
insert into language (id, version, code, name_de, name_en, active) values (900051, 1, 'ibo', 'Igbo', 'Igbo', true);
insert into language (id, version, code, name_de, name_en, active) values (900052, 1, 'lin', 'Lingala', 'Lingala', true);
insert into language (id, version, code, name_de, name_en, active) values (900053, 1, 'wol', 'Wolof', 'Wolof', true);
insert into language (id, version, code, name_de, name_en, active) values (900054, 1, 'ful', 'Fulfulde', 'Fula', true);
insert into language (id, version, code, name_de, name_en, active) values (900055, 1, 'twi', 'Twi', 'Twi', true);
insert into language (id, version, code, name_de, name_en, active) values (900056, 1, 'kin', 'Kinyarwanda', 'Kinyarwanda', true);
insert into language (id, version, code, name_de, name_en, active) values (900057, 1, 'lit', 'Litauisch', 'Lithuanian', true);
insert into language (id, version, code, name_de, name_en, active) values (900058, 1, 'lav', 'Lettisch', 'Latvian', true);
insert into language (id, version, code, name_de, name_en, active) values (900059, 1, 'hun', 'Ungarisch', 'Hungarian', true);
insert into language (id, version, code, name_de, name_en, active) values (900060, 1, 'ces', 'Tschechisch', 'Czech', true);
insert into language (id, version, code, name_de, name_en, active) values (900061, 1, 'slk', 'Slowakisch', 'Slovak', true);
insert into language (id, version, code, name_de, name_en, active) values (900062, 1, 'gsg', 'Deutsche Gebärdensprache', 'German Sign Language', true);

insert into funding_source (id, version, code, name_de, name_en, active) values (909001, 1, 'KOMM-AN', 'Landesmittel KOMM-AN NRW', 'State funds KOMM-AN NRW', true);
insert into funding_source (id, version, code, name_de, name_en, active) values (909002, 1, 'BUDGET', 'Eigenes Budget des Fachbereichs', 'Department''s own budget', true);
insert into funding_source (id, version, code, name_de, name_en, active) values (909003, 1, 'KI-PAUSCHALE', 'Integrationspauschale (Teilhabe- und Integrationsgesetz)', 'Integration lump sum (Participation and Integration Act)', true);
