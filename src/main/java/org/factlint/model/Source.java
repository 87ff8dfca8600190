package org.factlint.model;

/** Which text of the article a fact was read from; evidence offsets index into that text. */
public enum Source implements Word {
    HEADLINE, STANDFIRST, BODY;

    /** Headline and standfirst are what readers see first: contradicting them is worse. */
    public boolean isDisplay() {
        return this != BODY;
    }
}
