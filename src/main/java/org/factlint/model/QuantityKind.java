package org.factlint.model;

/** A count ("five countries") or an ordinal ("a fourth meeting"). */
public enum QuantityKind implements Word {
    COUNT, ORDINAL
}
