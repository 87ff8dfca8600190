package org.factlint.extract.model;

/** A request to the model that gave no usable answer; the message says why, for the article's problems. */
public final class ModelException extends Exception {

    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }
}
