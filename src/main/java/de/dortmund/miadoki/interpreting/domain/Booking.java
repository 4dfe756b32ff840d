package de.dortmund.miadoki.interpreting.domain;

import java.io.Serializable;

/**
 * Another appointment an interpreter already has, as far as matching needs it: when, how, and where
 * (null unless on site).
 */
public record Booking(long requestId, TimeSlot slot, Mode mode, District district)
    implements Serializable {}
