package org.factlint.model;

/** Whether an event level is the one planned or the one it was actually held at. */
public enum Stage implements Word {
    PLANNED, ACTUAL
}
