/**
 * Internal: the codes of the shapes of `morocco-map` (ISO 3166-2:MA codes) and the HCP codes of
 * `@madani/model/geo` they stand for. Kept by hand, checked by `map.test.ts`: every HCP région and every
 * province or prefecture (prefectures of arrondissements excepted, which the package does not draw and
 * the statistics count in the prefecture of Casablanca) has exactly one shape, and each province's shape
 * lies inside its région's.
 *
 * The package's labels are not used (some are wrong: the Arabic name of Figuig's shape reads «إقليم
 * الناظور»); reports name places with the HCP names of `@madani/model/geo`.
 *
 * @module
 */

/** HCP code of each région shape (`regions.json`), by the shape's ISO 3166-2 code. */
export const REGION_SHAPE_CODES: Readonly<Record<string, string>> = Object.freeze({
  "MA-01": "01", // Tanger-Tétouan-Al Hoceima
  "MA-02": "02", // Oriental
  "MA-03": "03", // Fès-Meknès
  "MA-04": "04", // Rabat-Salé-Kénitra
  "MA-05": "05", // Béni Mellal-Khénifra
  "MA-06": "06", // Casablanca-Settat
  "MA-07": "07", // Marrakech-Safi
  "MA-08": "08", // Drâa-Tafilalet
  "MA-09": "09", // Souss-Massa
  "MA-10": "10", // Guelmim-Oued Noun
  "MA-11": "11", // Laâyoune-Sakia El Hamra
  "MA-12": "12", // Dakhla-Oued Ed-Dahab
});

/** HCP code of each province or prefecture shape (`provinces.json`), by the shape's ISO 3166-2 code. */
export const PROVINCE_SHAPE_CODES: Readonly<Record<string, string>> = Object.freeze({
  // 01 Tanger-Tétouan-Al Hoceima
  "MA-TNG": "01.511", // Tanger-Assilah
  "MA-MDF": "01.573", // M'diq-Fnideq
  "MA-TET": "01.571", // Tétouan
  "MA-FAH": "01.227", // Fahs-Anjra
  "MA-LAR": "01.331", // Larache
  "MA-HOC": "01.051", // Al Hoceima
  "MA-CHE": "01.151", // Chefchaouen
  "MA-OUZ": "01.405", // Ouezzane
  // 02 Oriental
  "MA-OUJ": "02.411", // Oujda-Angad
  "MA-NAD": "02.381", // Nador
  "MA-DRI": "02.167", // Driouch
  "MA-JRA": "02.275", // Jerada
  "MA-BER": "02.113", // Berkane
  "MA-TAI": "02.533", // Taourirt
  "MA-GUF": "02.265", // Guercif
  "MA-FIG": "02.251", // Figuig
  // 03 Fès-Meknès
  "MA-FES": "03.231", // Fès
  "MA-MEK": "03.061", // Meknès
  "MA-HAJ": "03.171", // El Hajeb
  "MA-IFR": "03.271", // Ifrane
  "MA-MOU": "03.591", // Moulay Yacoub
  "MA-SEF": "03.451", // Sefrou
  "MA-BOM": "03.131", // Boulemane
  "MA-TAO": "03.531", // Taounate
  "MA-TAZ": "03.561", // Taza
  // 04 Rabat-Salé-Kénitra
  "MA-RAB": "04.421", // Rabat (the package names it in Arabic only)
  "MA-SAL": "04.441", // Salé
  "MA-SKH": "04.501", // Skhirate-Témara
  "MA-KEN": "04.281", // Kénitra
  "MA-KHE": "04.291", // Khémisset
  "MA-SIK": "04.481", // Sidi Kacem
  "MA-SIL": "04.491", // Sidi Slimane
  // 05 Béni Mellal-Khénifra
  "MA-BEM": "05.091", // Béni Mellal
  "MA-AZI": "05.081", // Azilal
  "MA-FQH": "05.255", // Fquih Ben Salah
  "MA-KHN": "05.301", // Khénifra
  "MA-KHO": "05.311", // Khouribga
  // 06 Casablanca-Settat
  "MA-CAS": "06.141", // Casablanca (its eight prefectures of arrondissements together)
  "MA-MOH": "06.371", // Mohammadia
  "MA-JDI": "06.181", // El Jadida
  "MA-NOU": "06.385", // Nouaceur
  "MA-MED": "06.355", // Médiouna
  "MA-BES": "06.111", // Benslimane
  "MA-BRR": "06.117", // Berrechid
  "MA-SET": "06.461", // Settat
  "MA-SIB": "06.467", // Sidi Bennour
  // 07 Marrakech-Safi
  "MA-MAR": "07.351", // Marrakech
  "MA-CHI": "07.161", // Chichaoua
  "MA-HAO": "07.041", // Al Haouz
  "MA-KES": "07.191", // El Kelâa des Sraghna
  "MA-ESI": "07.211", // Essaouira
  "MA-REH": "07.427", // Rehamna
  "MA-SAF": "07.431", // Safi
  "MA-YUS": "07.585", // Youssoufia
  // 08 Drâa-Tafilalet
  "MA-ERR": "08.201", // Errachidia
  "MA-OUA": "08.401", // Ouarzazate
  "MA-MID": "08.363", // Midelt
  "MA-TIN": "08.577", // Tinghir
  "MA-ZAG": "08.587", // Zagora
  // 09 Souss-Massa
  "MA-AGD": "09.001", // Agadir-Ida-Ou-Tanane
  "MA-INE": "09.273", // Inezgane-Aït Melloul
  "MA-CHT": "09.163", // Chtouka-Aït Baha
  "MA-TAR": "09.541", // Taroudannt
  "MA-TIZ": "09.581", // Tiznit
  "MA-TAT": "09.551", // Tata
  // 10 Guelmim-Oued Noun
  "MA-GUE": "10.261", // Guelmim
  "MA-ASZ": "10.071", // Assa-Zag
  "MA-TNT": "10.521", // Tan-Tan
  "MA-SIF": "10.473", // Sidi Ifni
  // 11 Laâyoune-Sakia El Hamra
  "MA-LAA": "11.321", // Laâyoune
  "MA-BOD": "11.121", // Boujdour
  "MA-TAF": "11.537", // Tarfaya
  "MA-ESM": "11.221", // Es-Semara
  // 12 Dakhla-Oued Ed-Dahab
  "MA-OUD": "12.391", // Oued Ed-Dahab
  "MA-AOU": "12.066", // Aousserd
});
