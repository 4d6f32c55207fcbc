package id.sinergi.infoharga.domain;

/** HET: official ceiling retail price. HAP: reference price, often a range lo–hi. */
public enum ReferenceKind { HET, HAP }
